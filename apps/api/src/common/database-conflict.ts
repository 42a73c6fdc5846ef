import { isBusyDatabaseError, uniqueViolationField } from "@housing/db/client";
import { AppError, conflictingField } from "../kernel/app-error.ts";

/**
 * A unique key refusing a write (a client-chosen id sent twice) is the caller's conflict, not a
 * server fault: both edges and the import answer it as a conflict naming the field.
 */
export function conflictFromDatabase(error: unknown): AppError | undefined {
  const field = uniqueViolationField(error);
  if (field === undefined) return undefined;
  return conflictingField(field, `Another record already has this ${field}`);
}

/**
 * A write the database could not finish in time, waiting on rows other work held (a long import
 * holds the records it writes or refers to until it commits), or ended to break a deadlock:
 * nothing was written, and the same request may well succeed shortly, so both edges answer it as
 * Busy (503), not as a server fault.
 */
export function busyFromDatabase(error: unknown): AppError | undefined {
  if (!isBusyDatabaseError(error)) return undefined;
  return new AppError(
    "Busy",
    "The database was busy with other work and could not finish this request in time; nothing was saved. Try again shortly.",
  );
}

/** What a database error means to the caller, when it is not a server fault. */
export function appErrorFromDatabase(error: unknown): AppError | undefined {
  return conflictFromDatabase(error) ?? busyFromDatabase(error);
}

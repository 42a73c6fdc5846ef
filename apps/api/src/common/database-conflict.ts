import { uniqueViolationField } from "@housing/db/client";
import { type AppError, conflictingField } from "../kernel/app-error.ts";

/**
 * A unique key refusing a write (a client-chosen id sent twice) is the caller's conflict, not a
 * server fault: both edges and the import answer it as a conflict naming the field.
 */
export function conflictFromDatabase(error: unknown): AppError | undefined {
  const field = uniqueViolationField(error);
  if (field === undefined) return undefined;
  return conflictingField(field, `Another record already has this ${field}`);
}

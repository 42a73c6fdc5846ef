import { type TFieldError, ZFieldError } from "@housing/schemas/errors";
import { z } from "zod";

export type AppErrorCode =
  | "NotFound"
  | "Conflict"
  | "Forbidden"
  | "Invalid"
  | "Unauthenticated"
  | "TooManyRequests"
  /** The database could not finish the request in time (other work held what it needed); nothing was saved. */
  | "Busy";

/** The one error domain code throws; the edge turns it into a tRPC error or an HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** NotFound for an id that names no record, in the same words everywhere: "No asset has the id …". */
export function notFound(entity: string, id: string): AppError {
  return new AppError("NotFound", `No ${entity} has the id ${id}`);
}

/** The record a look-up (or a row lock) found; NotFound naming the entity and the id when there is none. */
export function found<T>(entity: string, id: string, row: T | null | undefined): T {
  if (row === null || row === undefined) throw notFound(entity, id);
  return row;
}

/** An Invalid error about one field, e.g. an id that names nothing. */
export function invalidField(path: string, message: string): AppError {
  return new AppError("Invalid", message, { fieldErrors: [{ path, message }] });
}

/** The record a field of the input names; Invalid on that field, in `message`'s words, when there is none. */
export function foundForField<T>(path: string, message: string, row: T | null | undefined): T {
  if (row === null || row === undefined) throw invalidField(path, message);
  return row;
}

/** A Conflict about one field, e.g. a reference another record already has. */
export function conflictingField(path: string, message: string): AppError {
  return new AppError("Conflict", message, { fieldErrors: [{ path, message }] });
}

const ZDetailsWithFieldErrors = z.object({ fieldErrors: z.array(ZFieldError) });

/** Field errors an Invalid AppError carries, when its details hold them. */
export function fieldErrorsFromAppError(error: AppError): TFieldError[] | undefined {
  const parsed = ZDetailsWithFieldErrors.safeParse(error.details);
  return parsed.success ? parsed.data.fieldErrors : undefined;
}

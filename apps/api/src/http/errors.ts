import { type TErrorResponse, type TFieldError, fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import type { ZodError } from "zod";
import { type AppError, type AppErrorCode, fieldErrorsFromAppError } from "../kernel/app-error.ts";

/** Every AppError code, and how each edge speaks it. */
export const appErrorCodes = {
  NotFound: { trpc: "NOT_FOUND", http: 404 },
  Conflict: { trpc: "CONFLICT", http: 409 },
  Forbidden: { trpc: "FORBIDDEN", http: 403 },
  Invalid: { trpc: "BAD_REQUEST", http: 400 },
  Unauthenticated: { trpc: "UNAUTHORIZED", http: 401 },
  TooManyRequests: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  Busy: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
} as const satisfies Record<AppErrorCode, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

export const internalErrorMessage = "Internal server error";

/** Seconds a client is asked to wait before trying a Busy request again. */
export const busyRetryAfterSeconds = 5;

export { fieldErrorsFromIssues };

export function fieldErrorsFromZod(error: ZodError): TFieldError[] {
  return fieldErrorsFromIssues(error.issues);
}

/** The 400 body for input that failed a schema. */
export function invalidInputBody(error: ZodError, correlationId?: string): TErrorResponse {
  return {
    message: "The request has invalid fields",
    code: "Invalid",
    fieldErrors: fieldErrorsFromZod(error),
    ...(correlationId ? { correlationId } : {}),
  };
}

/** The HTTP status and body an AppError answers with. */
export function appErrorResponse(error: AppError, correlationId?: string): { status: number; body: TErrorResponse } {
  const fieldErrors = fieldErrorsFromAppError(error);
  return {
    status: appErrorCodes[error.code].http,
    body: {
      message: error.message,
      code: error.code,
      ...(fieldErrors ? { fieldErrors } : error.details === undefined ? {} : { details: error.details }),
      ...(correlationId ? { correlationId } : {}),
    },
  };
}

import { TRPCClientError } from "@trpc/client";
import { ApiError } from "./api-error.ts";

const maxAttempts = 3;

/** The HTTP status an error came back with, when it came from our API at all. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof ApiError) return error.status;
  if (error instanceof TRPCClientError) {
    const data: unknown = error.data;
    if (typeof data === "object" && data !== null && "httpStatus" in data && typeof data.httpStatus === "number") {
      return data.httpStatus;
    }
  }
  return undefined;
}

/** A 4xx will not change by asking again (bad input, not found, not allowed); anything else may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < maxAttempts - 1;
}

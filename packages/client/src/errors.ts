import { TRPCClientError } from "@trpc/client";
import type { inferRouterError } from "@trpc/server";
import type { AppRouter } from "./app-router.js";

/** An error the API answered with (or a network failure, when `data` is undefined). */
export type HousingClientError = TRPCClientError<AppRouter>;
/** The body of an API error as the server shapes it: message, code, HTTP status, correlation id, field errors. */
export type HousingErrorShape = inferRouterError<AppRouter>;
/** `NOT_FOUND`, `BAD_REQUEST`, `UNAUTHORIZED`, `FORBIDDEN`, `CONFLICT`, … */
export type HousingErrorCode = HousingErrorShape["data"]["code"];
/** One failing input field: a dotted path (`address.postcode`, `personTypes.0`) and what to do about it. */
export type HousingFieldError = NonNullable<HousingErrorShape["data"]["fieldErrors"]>[number];

/** True for an error from a Housing client call, narrowing it so `error.data` is typed. */
export function isHousingClientError(error: unknown): error is HousingClientError {
  return error instanceof TRPCClientError;
}

/** The error's code (`NOT_FOUND`…), or undefined when it is not an answer from the API. */
export function housingErrorCode(error: unknown): HousingErrorCode | undefined {
  return isHousingClientError(error) ? error.data?.code : undefined;
}

/** Every failing field a `BAD_REQUEST` names; empty for any other error. */
export function housingFieldErrors(error: unknown): HousingFieldError[] {
  return (isHousingClientError(error) ? error.data?.fieldErrors : undefined) ?? [];
}

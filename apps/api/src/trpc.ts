import { type TRole, roles } from "@housing/schemas/auth";
import type { TFieldError } from "@housing/schemas/errors";
import { StandardSchemaV1Error, TRPCError, initTRPC } from "@trpc/server";
import { ZodError } from "zod";
import { financeManagerRoles, financeRoles, housingRoles, housingWriteRoles, requireAnyRole } from "./auth/access.ts";
import type { Context } from "./context.ts";
import {
  AppError,
  appErrorCodes,
  conflictFromDatabase,
  fieldErrorsFromAppError,
  fieldErrorsFromIssues,
  internalErrorMessage,
} from "./errors.ts";

function fieldErrorsOf(cause: unknown): TFieldError[] | undefined {
  if (cause instanceof ZodError || cause instanceof StandardSchemaV1Error) return fieldErrorsFromIssues(cause.issues);
  if (cause instanceof AppError) return fieldErrorsFromAppError(cause);
  return undefined;
}

const t = initTRPC.context<Context>().create({
  // Never put stack traces in responses, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const fieldErrors = error.code === "BAD_REQUEST" ? fieldErrorsOf(error.cause) : undefined;
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? internalErrorMessage
        : fieldErrors && !(error.cause instanceof AppError)
          ? "The request has invalid fields"
          : shape.message;
    return {
      message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        correlationId: ctx?.correlationId,
        fieldErrors,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Domain code throws AppError; here it becomes the TRPCError the table says. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const appError = cause instanceof AppError ? cause : conflictFromDatabase(cause);
    if (appError) {
      throw new TRPCError({ code: appErrorCodes[appError.code].trpc, message: appError.message, cause: appError });
    }
    if (cause instanceof ZodError && result.error.code === "INTERNAL_SERVER_ERROR") {
      // A domain function validating its own input (not an output schema, which stays a 500).
      if (!isOutputValidation(result.error)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "The request has invalid fields", cause });
      }
    }
  }
  return result;
});

function isOutputValidation(error: TRPCError): boolean {
  return error.message === "Output validation failed";
}

export const publicProcedure = t.procedure.use(appErrors);

/**
 * A procedure builder for callers holding one of the roles: anonymous callers get UNAUTHORIZED,
 * others FORBIDDEN with the reason (logged).
 */
export function requireRole(...allowed: readonly TRole[]) {
  return publicProcedure.use(({ ctx, next, path }) => {
    const actor = requireAnyRole(ctx.actor, allowed, ctx.logger, path);
    return next({ ctx: { actor } });
  });
}

/** Any signed-in member of staff: a valid token granting at least one role. */
export const staffProcedure = requireRole(...roles);

export const housingProcedure = requireRole(...housingRoles);
export const housingWriteProcedure = requireRole(...housingWriteRoles);
export const financeProcedure = requireRole(...financeRoles);
export const financeManagerProcedure = requireRole(...financeManagerRoles);

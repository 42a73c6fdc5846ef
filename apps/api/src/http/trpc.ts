import { type TRole, roles } from "@housing/schemas/auth";
import type { TFieldError } from "@housing/schemas/errors";
import {
  type AnyTRPCProcedure,
  StandardSchemaV1Error,
  TRPCError,
  type TRPCMutationProcedure,
  type TRPCQueryProcedure,
  initTRPC,
} from "@trpc/server";
import { ZodError, type z } from "zod";
import { requireAnyRole } from "../auth/access.ts";
import { appErrorFromDatabase } from "../common/database-conflict.ts";
import type { AnyOperation } from "../common/operation.ts";
import { AppError, fieldErrorsFromAppError } from "../kernel/app-error.ts";
import { appErrorCodes, fieldErrorsFromIssues, internalErrorMessage } from "./errors.ts";
import type { Context } from "./request-context.ts";

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
    const appError = cause instanceof AppError ? cause : appErrorFromDatabase(cause);
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

type ProcedureOf<T> = T extends { trpc: "query"; input: infer I extends z.ZodType; output: infer O extends z.ZodType }
  ? TRPCQueryProcedure<{ input: z.input<I>; output: z.output<O>; meta: object }>
  : T extends { trpc: "mutation"; input: infer I extends z.ZodType; output: infer O extends z.ZodType }
    ? TRPCMutationProcedure<{ input: z.input<I>; output: z.output<O>; meta: object }>
    : never;

type TrpcNames<T> = { [K in keyof T]: T[K] extends { trpc: "query" | "mutation" } ? K : never }[keyof T];

export type ProceduresOf<T> = { [K in TrpcNames<T>]: ProcedureOf<T[K]> };

/** The tRPC adapter of an operation table: a procedure for each operation with a tRPC binding. */
export function proceduresOf<T extends Record<string, AnyOperation>>(table: T): ProceduresOf<T> {
  const procedures: Record<string, AnyTRPCProcedure> = {};
  for (const [name, operation] of Object.entries(table)) {
    if (!operation.trpc) continue;
    const procedure = requireRole(...operation.roles)
      .input(operation.input)
      .output(operation.output);
    const resolve = ({ ctx, input }: { ctx: Parameters<AnyOperation["handler"]>[0]; input: unknown }) =>
      operation.handler(ctx, input);
    procedures[name] = operation.trpc === "query" ? procedure.query(resolve) : procedure.mutation(resolve);
  }
  // The loop above builds exactly the procedures ProceduresOf<T> names, one per tRPC-bound operation.
  return procedures as ProceduresOf<T>;
}

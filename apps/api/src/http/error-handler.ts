import type { TErrorResponse } from "@housing/schemas/errors";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";
import { AppError } from "../kernel/app-error.ts";
import { appErrorFromDatabase } from "../common/database-conflict.ts";
import { appErrorResponse, busyRetryAfterSeconds, internalErrorMessage, invalidInputBody } from "./errors.ts";

function isClientError(error: object): error is FastifyError & { statusCode: number } {
  const statusCode = "statusCode" in error ? error.statusCode : undefined;
  return typeof statusCode === "number" && statusCode >= 400 && statusCode < 500;
}

/** The REST side of the error table: AppError by its code (Busy with Retry-After), zod as 400, anything unexpected as a logged 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
    const correlationId = request.id;
    const appError = error instanceof AppError ? error : appErrorFromDatabase(error);
    if (appError) {
      const { status, body } = appErrorResponse(appError, correlationId);
      if (appError.code === "Busy") reply.header("retry-after", String(busyRetryAfterSeconds));
      return reply.code(status).send(body);
    }
    if (error instanceof ZodError) return reply.code(400).send(invalidInputBody(error, correlationId));
    if (isClientError(error)) {
      // Fastify's own refusals: malformed JSON, unsupported media type, body too large.
      const body: TErrorResponse = { message: error.message, correlationId };
      return reply.code(error.statusCode).send(body);
    }
    request.log.error({ err: error }, "Unexpected error");
    const body: TErrorResponse = { message: internalErrorMessage, correlationId };
    return reply.code(500).send(body);
  });
}

/** JSON 404 for API paths no route answers. */
export function sendApiNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const body: TErrorResponse = {
    message: `There is no ${request.method} ${request.url.split("?", 1)[0] ?? ""} in this API`,
    code: "NotFound",
    correlationId: request.id,
  };
  return reply.code(404).send(body);
}

import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";

// Log lines are kept and shipped far more widely than the database: they carry no personal data.
// A URL holds search text, names, dates of birth, phone numbers and bank account numbers, so a
// request is logged by its route pattern and the names of its query parameters only.

type LoggedRequest = { method: string; route: string | null; queryParameters: string[] };

/** A request as log lines show it: "/api/v1/persons/:id", never the id or the query's values. */
export function requestForLog(request: FastifyRequest): LoggedRequest {
  const query = request.query;
  return {
    method: request.method,
    // No pattern when no route matched: the path itself may be anything a caller typed.
    route: request.routeOptions.url ?? null,
    queryParameters: query && typeof query === "object" ? Object.keys(query) : [],
  };
}

function replyForLog(reply: FastifyReply): { statusCode: number } {
  return { statusCode: reply.statusCode };
}

const maxMessageLength = 300;

/**
 * An error as log lines show it: its type, code, the first line of its message with quoted text
 * left out, and the stack frames. Driver and ORM messages go on to quote the values and arguments
 * of the query that failed ('invalid input syntax for type uuid: "…"', Prisma's invocation dump).
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const firstLine = error.message.split("\n").find((line) => line.trim() !== "") ?? "";
  const code =
    "code" in error && (typeof error.code === "string" || typeof error.code === "number") ? error.code : undefined;
  return {
    type: error.name,
    ...(code === undefined ? {} : { code }),
    message: firstLine.replace(/"[^"]*"|'[^']*'/g, "…").slice(0, maxMessageLength),
    stack: (error.stack ?? "")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .map((line) => line.trim()),
    ...(error.cause === undefined ? {} : { cause: errorForLog(error.cause) }),
  };
}

/** Serializers for every line the server logs: Fastify's request and reply lines, and errors anywhere. */
export const logSerializers = { req: requestForLog, res: replyForLog, err: errorForLog };

/** The logger with these serializers, for Fastify to log requests through. */
export function withLogSerializers(logger: FastifyBaseLogger): FastifyBaseLogger {
  return logger.child({}, { serializers: logSerializers });
}

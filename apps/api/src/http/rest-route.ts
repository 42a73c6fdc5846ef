import type { TRole } from "@housing/schemas/auth";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { requireAnyRole } from "../auth/access.ts";
import { ZErrorResponse } from "@housing/schemas/errors";
import type { AnyOperation } from "../common/operation.ts";
import { AppError } from "../kernel/app-error.ts";
import type { SignedInContext } from "./request-context.ts";

type Schema = z.ZodType;

export type RestResponse = {
  description: string;
  schema?: Schema;
  headers?: Record<string, string>;
  /** The body's media type when it is not JSON, e.g. "text/csv; charset=utf-8". */
  contentType?: string;
  /** A body in several media types (the query chooses), each with its schema, in place of `schema`. */
  content?: Record<string, Schema>;
};

/**
 * One REST operation: the same zod schemas validate the request and describe it in the OpenAPI
 * document, so the documentation cannot drift from what the route accepts.
 */
export type RestRoute<P extends Schema, Q extends Schema, B extends Schema> = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Fastify syntax: /api/v1/persons/:id */
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Who may call it; every role a staff member can hold when omitted. */
  roles: readonly TRole[];
  params?: P;
  query?: Q;
  body?: B;
  requestHeaders?: Record<string, string>;
  responses: Record<number, RestResponse>;
  handler(input: {
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    ctx: SignedInContext;
    request: FastifyRequest;
    reply: FastifyReply;
  }): Promise<unknown>;
};

// Routes are declared with precise schema types, then kept in one list for registration and docs.
export type AnyRestRoute = RestRoute<Schema, Schema, Schema>;

export function defineRestRoute<P extends Schema, Q extends Schema, B extends Schema>(
  route: RestRoute<P, Q, B>,
): AnyRestRoute {
  return route as unknown as AnyRestRoute;
}

export function registerRestRoutes(app: FastifyInstance, routes: readonly AnyRestRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const { db, clock, access, search } = request.server.contextDependencies;
        const actor = requireAnyRole(request.actor, route.roles, request.log, route.operationId);
        const ctx: SignedInContext = {
          db,
          clock,
          access,
          search,
          actor,
          correlationId: request.id,
          logger: request.log,
        };
        return route.handler({
          params: route.params ? route.params.parse(request.params) : undefined,
          query: route.query ? route.query.parse(request.query) : undefined,
          body: route.body ? route.body.parse(request.body ?? {}) : undefined,
          ctx,
          request,
          reply,
        });
      },
    });
  }
}

/** `"3"` → 3 from an ETag or If-Match header; undefined when absent or not a version. */
export function versionFromIfMatch(header: string | undefined): number | undefined {
  const match = header?.trim().match(/^(?:W\/)?"?(\d+)"?$/);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * The version an edit was made against, from If-Match. Without one the edit is refused with 409,
 * after `ensureExists` has had the chance to answer 404 for an unknown record first.
 */
export async function requireIfMatch(request: FastifyRequest, ensureExists: () => Promise<unknown>): Promise<number> {
  const version = versionFromIfMatch(request.headers["if-match"]);
  if (version !== undefined) return version;
  await ensureExists();
  throw new AppError("Conflict", 'Send the version you last read in the If-Match header, e.g. If-Match: "3"');
}

export function etagFor(version: number): string {
  return `"${version}"`;
}

function outputField(output: unknown, field: "id" | "version"): unknown {
  return typeof output === "object" && output !== null && field in output
    ? (output as Record<typeof field, unknown>)[field]
    : undefined;
}

/** The output as tRPC would send it; a handler answering outside its schema is a 500, not the caller's fault. */
export async function validatedOutput<S extends Schema>(schema: S, output: unknown): Promise<z.output<S>> {
  const result = await schema.safeParseAsync(output);
  if (!result.success) throw new Error("Output validation failed", { cause: result.error });
  return result.data;
}

/** The REST adapter of an operation table: a route for each operation with a REST binding. */
export function restRoutesOf(table: Record<string, AnyOperation>, tag: string): AnyRestRoute[] {
  return Object.values(table).flatMap((operation) => {
    const rest = operation.rest;
    if (!rest) return [];
    const status = rest.status ?? 200;
    const headers = {
      ...(rest.etag ? { ETag: rest.etag } : {}),
      ...(rest.location ? { Location: rest.location } : {}),
    };
    const route: AnyRestRoute = {
      method: rest.method,
      url: rest.path,
      operationId: rest.operationId,
      summary: rest.summary,
      tag,
      roles: operation.roles,
      params: rest.params,
      query: rest.query,
      body: rest.body,
      requestHeaders: rest.ifMatch ? { "If-Match": rest.ifMatch.description } : undefined,
      responses: {
        [status]: {
          description: rest.description,
          schema: status === 204 ? undefined : operation.output,
          headers: Object.keys(headers).length > 0 ? headers : undefined,
        },
        ...Object.fromEntries(
          Object.entries(rest.errors ?? {}).map(([code, description]) => [
            code,
            { description, schema: ZErrorResponse },
          ]),
        ),
      },
      handler: async ({ ctx, params, query, body, request, reply }) => {
        const version = () => requireIfMatch(request, async () => rest.ifMatch?.ensureExists(ctx, params));
        const input = await rest.input({ ctx, params, query, body, version });
        const output = await validatedOutput(operation.output, await operation.handler(ctx, input));
        if (rest.etag) reply.header("etag", etagFor(Number(outputField(output, "version"))));
        if (rest.location) reply.header("location", rest.location.replace("{id}", String(outputField(output, "id"))));
        reply.code(status);
        return status === 204 ? reply.send() : reply.send(output);
      },
    };
    return [route];
  });
}

import type { TRole } from "@housing/schemas/auth";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { requireAnyRole } from "../auth/access.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError } from "../errors.ts";

type Schema = z.ZodType;

export type RestResponse = {
  description: string;
  schema?: Schema;
  headers?: Record<string, string>;
  /** The body's media type when it is not JSON, e.g. "text/csv; charset=utf-8". */
  contentType?: string;
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
    ctx: DomainContext;
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
        const ctx: DomainContext = { db, clock, access, search, actor, correlationId: request.id, logger: request.log };
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

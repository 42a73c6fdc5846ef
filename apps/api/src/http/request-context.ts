import type { Db } from "@housing/db/client";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import type { AccessPolicy } from "../auth/access-policy.ts";
import type { Actor } from "../auth/actor.ts";
import type { Clock } from "../kernel/clock.ts";
import type { Logger } from "../kernel/logger.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";

/** What every request's handlers get: the DomainContext's parts (the actor, when signed in) and the search engine. */
export type Context = {
  db: Db;
  actor: Actor | null;
  correlationId: string;
  logger: Logger;
  clock: Clock;
  access: AccessPolicy;
  search: SearchEngine;
};

/** What the server shares with every request's context. */
export type ContextDependencies = { db: Db; clock: Clock; access: AccessPolicy; search: SearchEngine };

declare module "fastify" {
  interface FastifyInstance {
    contextDependencies: ContextDependencies;
  }
  interface FastifyRequest {
    /** The verified caller (set by the server's auth hook), or null for an anonymous request. */
    actor: Actor | null;
  }
}

/**
 * The tRPC adapter: the request's token was verified by the server's auth hook (which sets
 * `req.actor`); the correlation id is the request id and the logger is bound to it.
 */
export function createContext({ req }: CreateFastifyContextOptions): Context {
  const { db, clock, access, search } = req.server.contextDependencies;
  return { db, clock, access, search, actor: req.actor, correlationId: req.id, logger: req.log };
}

/** A request's context once its caller is known to hold a role: what operation handlers are given. */
export type SignedInContext = Context & { actor: Actor };

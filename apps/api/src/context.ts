import type { Db } from "@housing/db/client";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { type AccessPolicy, defaultAccessPolicy } from "./auth/access-policy.ts";
import type { Actor } from "./auth/actor.ts";
import { PostgresSearchEngine } from "./search/postgres/postgres-search-engine.ts";
import type { SearchEngine } from "./search/search-engine.port.ts";
import { type Clock, systemClock } from "./kernel/clock.ts";
import type { Logger } from "./kernel/logger.ts";

export type Context = {
  db: Db;
  actor: Actor | null;
  correlationId: string;
  logger: Logger;
  clock: Clock;
  access: AccessPolicy;
  search: SearchEngine;
};

export type ContextInnerOptions = Omit<Context, "correlationId" | "clock" | "access" | "search"> &
  Partial<Pick<Context, "correlationId" | "clock" | "access" | "search">>;

/** Builds a context without HTTP: used by tests, scripts and the HTTP adapter below. */
export function createContextInner(options: ContextInnerOptions): Context {
  return {
    db: options.db,
    actor: options.actor,
    correlationId: options.correlationId ?? crypto.randomUUID(),
    logger: options.logger,
    clock: options.clock ?? systemClock,
    access: options.access ?? defaultAccessPolicy,
    search: options.search ?? new PostgresSearchEngine(options.db),
  };
}

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
  return createContextInner({ db, clock, access, search, actor: req.actor, correlationId: req.id, logger: req.log });
}

import { defaultAccessPolicy } from "../auth/access-policy.ts";
import type { Context } from "../http/request-context.ts";
import { systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";

export type { Context } from "../http/request-context.ts";

export type ContextInnerOptions = Omit<Context, "correlationId" | "clock" | "access" | "search"> &
  Partial<Pick<Context, "correlationId" | "clock" | "access" | "search">>;

/** Builds a context without HTTP, for tests and scripts: the system clock and PostgreSQL search unless given. */
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

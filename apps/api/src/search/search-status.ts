import type { SearchContext } from "./search-context.ts";
import { consumerLag } from "../outbox/outbox-consumer.ts";
import { searchIndexerConsumer } from "./indexer/outbox-indexer.ts";

/** How far the index is behind the database: events waiting, the age of the oldest, parked ones. */
export async function searchStatus(ctx: Pick<SearchContext, "db" | "search" | "clock">) {
  const [lag, unbuilt] = await Promise.all([consumerLag(ctx.db, searchIndexerConsumer), ctx.search.unbuiltIndexes()]);
  const lagSeconds = lag.oldestPendingAt
    ? Math.max(0, (ctx.clock.now().getTime() - lag.oldestPendingAt.getTime()) / 1000)
    : 0;
  return {
    engine: ctx.search.name,
    isBuilt: unbuilt.length === 0,
    pendingEvents: lag.pending,
    lagSeconds: Math.round(lagSeconds * 10) / 10,
    deadLetters: lag.deadLetters,
    checkpoint: Number(lag.checkpoint),
  };
}

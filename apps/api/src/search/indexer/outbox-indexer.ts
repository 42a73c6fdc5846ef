import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { Clock, Logger } from "../../context.ts";
import { parkDeadLetter, readCheckpoint, readEventsAfter, saveCheckpoint } from "../../outbox/outbox.repository.ts";
import { projectDocuments } from "../projection/project-documents.ts";
import { type SearchEngine, searchIndexNames } from "../search-engine.port.ts";
import { affectedDocuments } from "./affected-documents.ts";

export const searchIndexerConsumer = "search-indexer";

export type OutboxIndexerOptions = {
  db: Db;
  search: SearchEngine;
  logger: Pick<Logger, "info" | "warn" | "error">;
  clock: Clock;
  batchSize?: number;
  pollIntervalMs?: number;
  /** Attempts at one event before it is parked in the dead-letter table. */
  maxAttempts?: number;
  /** How long a hole in the sequence may be an uncommitted transaction rather than a rollback. */
  gapGraceMs?: number;
  /** Waits between retries (tests make it instant). */
  sleep?: (ms: number) => Promise<void>;
};

type Event = Awaited<ReturnType<typeof readEventsAfter>>[number];

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the search index equal to the database by reading the outbox in order. Documents are
 * rebuilt from the tables (never from event payloads), so replaying an event is harmless: after a
 * crash at any point the next run redoes the batch and the index ends up equal to the database.
 */
export function createOutboxIndexer(options: OutboxIndexerOptions) {
  const { db, search, logger, clock } = options;
  const batchSize = options.batchSize ?? 200;
  const maxAttempts = options.maxAttempts ?? 3;
  const gapGraceMs = options.gapGraceMs ?? 3000;
  const sleep = options.sleep ?? defaultSleep;
  const gapsFirstSeen = new Map<bigint, number>();
  let running = false;
  let loop: Promise<void> | undefined;

  async function applyEvents(events: readonly Event[]): Promise<void> {
    const affected = await affectedDocuments(db, events);
    const today = todayIsoDate(clock.now());
    for (const index of searchIndexNames) {
      const { upserts, removals } = await projectDocuments(db, index, [...affected[index]], today);
      if (upserts.length > 0 || removals.length > 0) await search.write(index, upserts, removals);
    }
  }

  /** Stops before a hole in the sequence that may still be a transaction about to commit. */
  function committedPrefix(checkpoint: bigint, events: readonly Event[]): Event[] {
    const ready: Event[] = [];
    let previous = checkpoint;
    for (const event of events) {
      if (event.sequence !== previous + 1n) {
        const firstSeen = gapsFirstSeen.get(previous) ?? Date.now();
        gapsFirstSeen.set(previous, firstSeen);
        if (Date.now() - firstSeen < gapGraceMs) break;
      }
      gapsFirstSeen.delete(previous);
      ready.push(event);
      previous = event.sequence;
    }
    return ready;
  }

  async function withRetries(work: () => Promise<void>): Promise<{ ok: true } | { ok: false; error: Error }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await work();
        return { ok: true };
      } catch (cause) {
        const error = cause instanceof Error ? cause : new Error(String(cause));
        if (attempt >= maxAttempts) return { ok: false, error };
        await sleep(50 * 2 ** attempt);
      }
    }
  }

  /** One batch; returns how many events it consumed. */
  async function runOnce(): Promise<number> {
    const checkpoint = await readCheckpoint(db, searchIndexerConsumer);
    const events = committedPrefix(checkpoint, await readEventsAfter(db, checkpoint, batchSize));
    const last = events.at(-1);
    if (!last) return 0;
    const batch = await withRetries(() => applyEvents(events));
    if (!batch.ok) {
      // Find the poison event(s): one at a time, parking those that keep failing.
      for (const event of events) {
        const single = await withRetries(() => applyEvents([event]));
        if (!single.ok) {
          logger.error({ eventId: event.id, err: single.error }, "Search indexer parked an event it cannot process");
          await parkDeadLetter(db, {
            consumer: searchIndexerConsumer,
            eventId: event.id,
            sequence: event.sequence,
            error: single.error.message,
            attempts: maxAttempts,
          });
        }
        await saveCheckpoint(db, searchIndexerConsumer, event.sequence);
      }
      return events.length;
    }
    await saveCheckpoint(db, searchIndexerConsumer, last.sequence);
    return events.length;
  }

  /** Works until the outbox is drained (tests and scripts). */
  async function drain(): Promise<number> {
    let total = 0;
    for (let consumed = await runOnce(); consumed > 0; consumed = await runOnce()) total += consumed;
    return total;
  }

  return {
    runOnce,
    drain,
    start(): void {
      if (running) return;
      running = true;
      const pollIntervalMs = options.pollIntervalMs ?? 100;
      loop = (async () => {
        while (running) {
          try {
            const consumed = await runOnce();
            if (consumed === 0) await sleep(pollIntervalMs);
          } catch (error) {
            logger.warn({ err: error }, "Search indexer could not read the outbox; retrying");
            await sleep(1000);
          }
        }
      })();
    },
    async stop(): Promise<void> {
      running = false;
      await loop;
    },
  };
}

export type OutboxIndexer = ReturnType<typeof createOutboxIndexer>;

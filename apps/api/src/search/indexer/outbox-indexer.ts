import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { Clock } from "../../kernel/clock.ts";
import type { Logger } from "../../kernel/logger.ts";
import { parkDeadLetter, readCheckpoint, readEventsAfter, saveCheckpoint } from "../../outbox/outbox-consumer.ts";
import { projectDocuments } from "../projection/project-documents.ts";
import { type SearchEngine, searchIndexNames } from "../search-engine.port.ts";
import { affectedDocuments } from "./affected-documents.ts";
import { type SearchLock, soleInstanceLock } from "./search-lock.ts";

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
  /**
   * Held by the one instance that applies events when several share the database (the others
   * stand by); omit it only where this process is the database's only user (tests, the embedded
   * database).
   */
  lock?: SearchLock;
  /** How often a standing-by instance tries to take over. */
  standbyRetryMs?: number;
};

/** The lock went while a batch was under way: stop before writing, leave the batch to the new holder. */
class LostIndexerLock extends Error {
  constructor() {
    super("This instance is no longer the active search indexer");
    this.name = "LostIndexerLock";
  }
}

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
  const lock = options.lock ?? soleInstanceLock("search-indexer");
  const gapsFirstSeen = new Map<bigint, number>();
  let running = false;
  let loop: Promise<void> | undefined;

  // Only the holder writes: a former holder's projection, read before the newer holder's, must
  // not land after it.
  function assertHeld(): void {
    if (!lock.isHeld()) throw new LostIndexerLock();
  }

  async function applyEvents(events: readonly Event[]): Promise<void> {
    const affected = await affectedDocuments(db, events);
    const today = todayIsoDate(clock.now());
    for (const index of searchIndexNames) {
      const { upserts, removals } = await projectDocuments(db, index, [...affected[index]], today);
      assertHeld();
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
        // Not the event's fault: nothing to retry or park.
        if (cause instanceof LostIndexerLock) throw cause;
        const error = cause instanceof Error ? cause : new Error(String(cause));
        if (attempt >= maxAttempts) return { ok: false, error };
        await sleep(50 * 2 ** attempt);
      }
    }
  }

  async function advanceCheckpoint(sequence: bigint): Promise<void> {
    assertHeld();
    await saveCheckpoint(db, searchIndexerConsumer, sequence);
  }

  /** One batch, by the lock's holder; returns how many events it consumed. */
  async function runOnce(): Promise<number> {
    assertHeld();
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
          assertHeld();
          logger.error({ eventId: event.id, err: single.error }, "Search indexer parked an event it cannot process");
          await parkDeadLetter(db, {
            consumer: searchIndexerConsumer,
            eventId: event.id,
            sequence: event.sequence,
            error: single.error.message,
            attempts: maxAttempts,
          });
        }
        await advanceCheckpoint(event.sequence);
      }
      return events.length;
    }
    await advanceCheckpoint(last.sequence);
    return events.length;
  }

  /** Works until the outbox is drained (tests and scripts); nothing when another instance holds the lock. */
  async function drain(): Promise<number> {
    if (!(await lock.tryAcquire())) return 0;
    let total = 0;
    for (let consumed = await runOnce(); consumed > 0; consumed = await runOnce()) total += consumed;
    return total;
  }

  /** Takes or confirms the lock; says so when this instance starts or stops being the active one. */
  let wasActive: boolean | undefined;
  async function isActive(): Promise<boolean> {
    let active = false;
    try {
      active = await lock.tryAcquire();
    } catch (error) {
      logger.warn({ err: error }, "Search indexer could not reach the database to take its lock; retrying");
    }
    if (active !== wasActive) {
      if (active) logger.info("This instance is the active search indexer");
      else logger.info("Another instance is the active search indexer; this one stands by");
      wasActive = active;
    }
    return active;
  }

  return {
    runOnce,
    drain,
    /** Whether this instance holds the indexer's lock (and so applies events). */
    isActive: () => lock.isHeld(),
    start(): void {
      if (running) return;
      running = true;
      const pollIntervalMs = options.pollIntervalMs ?? 100;
      const standbyRetryMs = options.standbyRetryMs ?? 2000;
      loop = (async () => {
        while (running) {
          if (!(await isActive())) {
            await sleep(standbyRetryMs);
            continue;
          }
          try {
            const consumed = await runOnce();
            if (consumed === 0) await sleep(pollIntervalMs);
          } catch (error) {
            if (error instanceof LostIndexerLock) continue;
            logger.warn({ err: error }, "Search indexer could not read the outbox; retrying");
            await sleep(1000);
          }
        }
      })();
    },
    /** Finishes the batch under way, then lets another instance take over. */
    async stop(): Promise<void> {
      running = false;
      await loop;
      await lock.release();
    },
  };
}

export type OutboxIndexer = ReturnType<typeof createOutboxIndexer>;

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
  /**
   * Events a batch takes while the indexer is behind (the last batch was full): a bulk import's
   * tens of thousands of events are then projected and written thousands at a time.
   */
  backlogBatchSize?: number;
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

/** Holes in the outbox's sequence: each may be a transaction about to commit, for a grace period. */
class SequenceGaps {
  private readonly firstSeen = new Map<bigint, number>();

  constructor(private readonly graceMs: number) {}

  /** The events up to the first hole still within its grace (a hole older than that was a rollback). */
  committedPrefix(checkpoint: bigint, events: readonly Event[]): Event[] {
    const ready: Event[] = [];
    let previous = checkpoint;
    for (const event of events) {
      if (event.sequence !== previous + 1n) {
        const firstSeen = this.firstSeen.get(previous) ?? Date.now();
        this.firstSeen.set(previous, firstSeen);
        if (Date.now() - firstSeen < this.graceMs) break;
      }
      this.firstSeen.delete(previous);
      ready.push(event);
      previous = event.sequence;
    }
    return ready;
  }
}

type Attempt = { ok: true } | { ok: false; error: Error };

/** Tries the work up to `maxAttempts` times with a growing pause; a lost lock is not retried. */
async function withRetries(
  work: () => Promise<void>,
  maxAttempts: number,
  sleep: (ms: number) => Promise<void>,
): Promise<Attempt> {
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

/**
 * Keeps the search index equal to the database by reading the outbox in order. Documents are
 * rebuilt from the tables (never from event payloads), so replaying an event is harmless: after a
 * crash at any point the next run redoes the batch and the index ends up equal to the database.
 */
export class OutboxIndexer {
  private readonly db: Db;
  private readonly search: SearchEngine;
  private readonly logger: OutboxIndexerOptions["logger"];
  private readonly clock: Clock;
  private readonly batchSize: number;
  private readonly backlogBatchSize: number;
  private behind = false;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lock: SearchLock;
  private readonly gaps: SequenceGaps;
  private running = false;
  private loop: Promise<void> | undefined;
  private wasActive: boolean | undefined;

  constructor(private readonly options: OutboxIndexerOptions) {
    ({ db: this.db, search: this.search, logger: this.logger, clock: this.clock } = options);
    this.batchSize = options.batchSize ?? 200;
    this.backlogBatchSize = Math.max(this.batchSize, options.backlogBatchSize ?? 5000);
    this.maxAttempts = options.maxAttempts ?? 3;
    this.sleep = options.sleep ?? defaultSleep;
    this.lock = options.lock ?? soleInstanceLock("search-indexer");
    this.gaps = new SequenceGaps(options.gapGraceMs ?? 3000);
  }

  /** One batch, by the lock's holder; returns how many events it consumed. */
  runOnce = async (): Promise<number> => {
    this.assertHeld();
    const checkpoint = await readCheckpoint(this.db, searchIndexerConsumer);
    const take = this.behind ? this.backlogBatchSize : this.batchSize;
    const read = await readEventsAfter(this.db, checkpoint, take);
    this.behind = read.length === take;
    const events = this.gaps.committedPrefix(checkpoint, read);
    const last = events.at(-1);
    if (!last) return 0;
    const batch = await withRetries(() => this.applyEvents(events), this.maxAttempts, this.sleep);
    if (batch.ok) await this.advanceCheckpoint(last.sequence);
    else await this.applyOneByOne(events);
    return events.length;
  };

  /** Works until the outbox is drained (tests and scripts); nothing when another instance holds the lock. */
  drain = async (): Promise<number> => {
    if (!(await this.lock.tryAcquire())) return 0;
    let total = 0;
    for (let consumed = await this.runOnce(); consumed > 0; consumed = await this.runOnce()) total += consumed;
    return total;
  };

  /** Whether this instance holds the indexer's lock (and so applies events). */
  isActive = (): boolean => this.lock.isHeld();

  /** Applies events in the background: while this instance holds the lock, otherwise standing by. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.runLoop(this.options.pollIntervalMs ?? 100, this.options.standbyRetryMs ?? 2000);
  }

  /** Finishes the batch under way, then lets another instance take over. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.lock.release();
  }

  private async runLoop(pollIntervalMs: number, standbyRetryMs: number): Promise<void> {
    while (this.running) {
      if (!(await this.takeOrConfirmLock())) {
        await this.sleep(standbyRetryMs);
        continue;
      }
      try {
        const consumed = await this.runOnce();
        if (consumed === 0) await this.sleep(pollIntervalMs);
      } catch (error) {
        if (error instanceof LostIndexerLock) continue;
        this.logger.warn({ err: error }, "Search indexer could not read the outbox; retrying");
        await this.sleep(1000);
      }
    }
  }

  /** Takes or confirms the lock; says so when this instance starts or stops being the active one. */
  private async takeOrConfirmLock(): Promise<boolean> {
    let active = false;
    try {
      active = await this.lock.tryAcquire();
    } catch (error) {
      this.logger.warn({ err: error }, "Search indexer could not reach the database to take its lock; retrying");
    }
    if (active !== this.wasActive) {
      if (active) this.logger.info("This instance is the active search indexer");
      else this.logger.info("Another instance is the active search indexer; this one stands by");
      this.wasActive = active;
    }
    return active;
  }

  // Only the holder writes: a former holder's projection, read before the newer holder's, must
  // not land after it.
  private assertHeld(): void {
    if (!this.lock.isHeld()) throw new LostIndexerLock();
  }

  private async applyEvents(events: readonly Event[]): Promise<void> {
    const affected = await affectedDocuments(this.db, events);
    const today = todayIsoDate(this.clock.now());
    for (const index of searchIndexNames) {
      const { upserts, removals } = await projectDocuments(this.db, index, [...affected[index]], today);
      this.assertHeld();
      if (upserts.length > 0 || removals.length > 0) await this.search.write(index, upserts, removals);
    }
  }

  /** A batch kept failing: find the poison event(s) one at a time, parking those that keep failing. */
  private async applyOneByOne(events: readonly Event[]): Promise<void> {
    for (const event of events) {
      const single = await withRetries(() => this.applyEvents([event]), this.maxAttempts, this.sleep);
      if (!single.ok) {
        this.assertHeld();
        this.logger.error({ eventId: event.id, err: single.error }, "Search indexer parked an event it cannot process");
        await parkDeadLetter(this.db, {
          consumer: searchIndexerConsumer,
          eventId: event.id,
          sequence: event.sequence,
          error: single.error.message,
          attempts: this.maxAttempts,
        });
      }
      await this.advanceCheckpoint(event.sequence);
    }
  }

  private async advanceCheckpoint(sequence: bigint): Promise<void> {
    this.assertHeld();
    await saveCheckpoint(this.db, searchIndexerConsumer, sequence);
  }
}

export function createOutboxIndexer(options: OutboxIndexerOptions): OutboxIndexer {
  return new OutboxIndexer(options);
}

import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { Clock } from "../kernel/clock.ts";
import { latestSettledSequence, readCheckpoint, saveCheckpoint } from "../outbox/outbox-consumer.ts";
import { searchIndexerConsumer } from "./indexer/outbox-indexer.ts";
import { type OpenSearchLock, soleInstanceLock } from "./indexer/search-lock.ts";
import { endOfSources, readNextBatch } from "./projection/project-documents.ts";
import type { RebuildPosition } from "./projection/search-sources.repository.ts";
import { builtProjectionVersions, saveBuiltProjectionVersion } from "./projection/projection.repository.ts";
import { projectionVersions } from "./projection/projection-version.ts";
import { type SearchEngine, type SearchIndexName, searchIndexNames } from "./search-engine.port.ts";

// Records read (and documents handed to the engine) at a time: one SQL statement reads a batch
// with every relation its documents show, so the batch is large to keep round trips few.
const defaultBatchSize = 2_000;

// Indexes rebuilt at a time. One rebuild keeps the process and the database busy in turns
// (projecting a batch, then writing it); two side by side keep both busy.
const rebuildLanes = 2;

/**
 * Runs `work` on each item, at most `lanes` at a time, each lane taking the next item in order.
 * After a failure no lane starts another item, and it fails only once every lane has stopped, so
 * nothing is still writing when the caller's locks are released.
 */
async function inLanes<T>(items: readonly T[], lanes: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const lane = async () => {
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    } catch (error) {
      queue.length = 0;
      throw error;
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(lanes, queue.length) }, lane));
  const failed = settled.find((outcome) => outcome.status === "rejected");
  if (failed) throw failed.reason;
}

/** Documents written per index rebuilt. */
export type RebuildCounts = Partial<Record<SearchIndexName, number>>;

const indexLabels: Record<SearchIndexName, string> = {
  persons: "persons",
  assets: "properties",
  tenures: "tenures",
  accounts: "rent accounts",
};

/** "1200 persons, 800 properties, …" for the indexes a rebuild wrote. */
export function describeRebuildCounts(counts: RebuildCounts): string {
  return searchIndexNames
    .flatMap((index) => (index in counts ? [`${counts[index]} ${indexLabels[index]}`] : []))
    .join(", ");
}

export type RebuildDeps = {
  db: Db;
  search: SearchEngine;
  clock: Clock;
  /** The locks instances sharing the database take (default: this process is the only one). */
  openLock?: OpenSearchLock;
};

type RebuildOptions = {
  indexes?: readonly SearchIndexName[];
  /** Records read at a time (default 2,000). */
  batchSize?: number;
  onProgress?: (index: SearchIndexName, done: number) => void;
};

/**
 * Rebuilds every index (or those named) from the tables while the current generation keeps
 * answering, then swaps. The live indexer writes to both generations meanwhile, so nothing written
 * during the rebuild is lost.
 */
export async function rebuildSearchIndex(deps: RebuildDeps, options: RebuildOptions = {}): Promise<RebuildCounts> {
  return underRebuildLock(deps, async () => rebuildIndexes(deps, options));
}

/**
 * At start-up, before answering: builds the indexes never built, which is every one in a new
 * database and only the new one in a database indexed before that index was added (so it answers
 * with documents, not nothing). Answers with what it built, nothing when all were there.
 */
export async function buildMissingIndexes(deps: RebuildDeps): Promise<RebuildCounts> {
  return buildUnderLock(deps, (deps) => deps.search.unbuiltIndexes());
}

/**
 * After start-up, while the old generation answers: rebuilds the indexes built by an older
 * projection (`projectionVersions`), or with no version recorded (indexed before versions were).
 */
export async function rebuildOutdatedIndexes(deps: RebuildDeps): Promise<RebuildCounts> {
  return buildUnderLock(deps, outdatedIndexes);
}

async function outdatedIndexes(deps: RebuildDeps): Promise<SearchIndexName[]> {
  const [unbuilt, built] = await Promise.all([deps.search.unbuiltIndexes(), builtProjectionVersions(deps.db)]);
  return searchIndexNames.filter((index) => !unbuilt.includes(index) && built.get(index) !== projectionVersions[index]);
}

async function buildUnderLock(
  deps: RebuildDeps,
  indexesToBuild: (deps: RebuildDeps) => Promise<SearchIndexName[]>,
): Promise<RebuildCounts> {
  if ((await indexesToBuild(deps)).length === 0) return {};
  return underRebuildLock(deps, async () => {
    // Another instance starting at the same time may have built them while this one waited.
    const indexes = await indexesToBuild(deps);
    return indexes.length === 0 ? {} : rebuildIndexes(deps, { indexes });
  });
}

/**
 * One rebuild at a time across instances: two would build into the same new generation, and the
 * second to finish would swap in that generation and then drop it as the "old" one.
 */
async function underRebuildLock(deps: RebuildDeps, work: () => Promise<RebuildCounts>): Promise<RebuildCounts> {
  const lock = (deps.openLock ?? soleInstanceLock)("search-rebuild");
  try {
    await lock.acquire();
    return await work();
  } finally {
    await lock.release();
  }
}

async function rebuildIndexes(deps: RebuildDeps, options: RebuildOptions): Promise<RebuildCounts> {
  const indexes = options.indexes ?? searchIndexNames;
  const coversEveryIndex = searchIndexNames.every((index) => indexes.includes(index));
  const counts: RebuildCounts = {};
  // With no indexer running anywhere, the rebuild stands in for it (holding its lock, so none
  // starts meanwhile) and may move its checkpoint past the events the rebuild covers. With one
  // running elsewhere, the checkpoint stays and the indexer replays them: a write of its in flight
  // as the rebuild began can outlive the rebuild's newer copy, and only that replay corrects it.
  const indexerLock = (deps.openLock ?? soleInstanceLock)("search-indexer");
  try {
    const standsIn = coversEveryIndex && (await indexerLock.tryAcquire());
    const covered = standsIn ? await latestSettledSequence(deps.db) : null;
    const rebuildOne = async (index: SearchIndexName) => {
      await deps.search.rebuild(index, async (write) => {
        const today = todayIsoDate(deps.clock.now());
        const batchSize = options.batchSize ?? defaultBatchSize;
        const read = (after: RebuildPosition | undefined) => readNextBatch(deps.db, index, after, batchSize);
        let done = 0;
        for (let batch = await read(undefined); batch.size > 0;) {
          // The database reads the next batch while this one is projected and written.
          const next = batch.next ? read(batch.next) : undefined;
          next?.catch(() => undefined); // awaited below; this only stops an unhandled rejection meanwhile
          const documents = batch.project(today);
          await write(documents);
          done += documents.length;
          counts[index] = done;
          options.onProgress?.(index, done);
          batch = next ? await next : endOfSources;
        }
      });
      await saveBuiltProjectionVersion(deps.db, index, projectionVersions[index], deps.clock.now());
    };
    await inLanes(indexes, rebuildLanes, rebuildOne);
    // Only when every index was rebuilt: the others still need the events not yet indexed.
    if (covered !== null && indexerLock.isHeld() && (await readCheckpoint(deps.db, searchIndexerConsumer)) < covered) {
      await saveCheckpoint(deps.db, searchIndexerConsumer, covered);
    }
    // In the order asked for, not the order the lanes finished in.
    return Object.fromEntries(indexes.flatMap((index) => (index in counts ? [[index, counts[index]]] : [])));
  } finally {
    await indexerLock.release();
  }
}

import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { Clock } from "../context.ts";
import { latestEventSequence, readCheckpoint, saveCheckpoint } from "../outbox/outbox.repository.ts";
import { searchIndexerConsumer } from "./indexer/outbox-indexer.ts";
import { projectDocuments } from "./projection/project-documents.ts";
import { pageOfIds } from "./projection/projection.repository.ts";
import { type SearchEngine, type SearchIndexName, searchIndexNames } from "./search-engine.port.ts";

const pageSize = 500;

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

/**
 * Rebuilds every index (or those named) from the tables while the current generation keeps
 * answering, then swaps. The live indexer writes to both generations meanwhile, so nothing written
 * during the rebuild is lost.
 */
export async function rebuildSearchIndex(
  deps: { db: Db; search: SearchEngine; clock: Clock },
  options: { indexes?: readonly SearchIndexName[]; onProgress?: (index: SearchIndexName, done: number) => void } = {},
): Promise<RebuildCounts> {
  const indexes = options.indexes ?? searchIndexNames;
  const counts: RebuildCounts = {};
  // Events up to here are covered by the rebuild; the indexer need only replay later ones.
  const covered = await latestEventSequence(deps.db);
  for (const index of indexes) {
    await deps.search.rebuild(index, async (write) => {
      const project = async (after: string | undefined) => {
        const ids = await pageOfIds(deps.db, index, after, pageSize);
        const { upserts } = await projectDocuments(deps.db, index, ids, todayIsoDate(deps.clock.now()));
        return { ids, upserts };
      };
      // Project the next page while the engine writes this one.
      let done = 0;
      for (let page = await project(undefined); page.ids.length > 0;) {
        const last = page.ids.length < pageSize ? undefined : page.ids.at(-1);
        const [next] = await Promise.all([last ? project(last) : undefined, write(page.upserts)]);
        done += page.upserts.length;
        counts[index] = done;
        options.onProgress?.(index, done);
        page = next ?? { ids: [], upserts: [] };
      }
    });
  }
  // Only when every index was rebuilt: the others still need the events not yet indexed.
  const coversEveryIndex = searchIndexNames.every((index) => indexes.includes(index));
  if (coversEveryIndex && (await readCheckpoint(deps.db, searchIndexerConsumer)) < covered) {
    await saveCheckpoint(deps.db, searchIndexerConsumer, covered);
  }
  return counts;
}

/**
 * At start-up: builds the indexes never built, which is every one in a new database and only the
 * new one in a database indexed before that index was added (so it answers with documents, not
 * nothing). Answers with what it built, nothing when all were there.
 */
export async function buildMissingIndexes(deps: {
  db: Db;
  search: SearchEngine;
  clock: Clock;
}): Promise<RebuildCounts> {
  const unbuilt = await deps.search.unbuiltIndexes();
  return unbuilt.length === 0 ? {} : rebuildSearchIndex(deps, { indexes: unbuilt });
}

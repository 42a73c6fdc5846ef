import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { Clock } from "../context.ts";
import { latestEventSequence, readCheckpoint, saveCheckpoint } from "../outbox/outbox.repository.ts";
import { searchIndexerConsumer } from "./indexer/outbox-indexer.ts";
import { projectDocuments } from "./projection/project-documents.ts";
import { pageOfIds } from "./projection/projection.repository.ts";
import { type SearchEngine, type SearchIndexName, searchIndexNames } from "./search-engine.port.ts";

const pageSize = 500;

/**
 * Rebuilds every index from the tables while the current generation keeps answering, then swaps.
 * The live indexer writes to both generations meanwhile, so nothing written during the rebuild is lost.
 */
export async function rebuildSearchIndex(
  deps: { db: Db; search: SearchEngine; clock: Clock },
  options: { indexes?: readonly SearchIndexName[]; onProgress?: (index: SearchIndexName, done: number) => void } = {},
): Promise<Record<SearchIndexName, number>> {
  const counts = { persons: 0, assets: 0, tenures: 0 };
  // Events up to here are covered by the rebuild; the indexer need only replay later ones.
  const covered = await latestEventSequence(deps.db);
  for (const index of options.indexes ?? searchIndexNames) {
    await deps.search.rebuild(index, async (write) => {
      const project = async (after: string | undefined) => {
        const ids = await pageOfIds(deps.db, index, after, pageSize);
        const { upserts } = await projectDocuments(deps.db, index, ids, todayIsoDate(deps.clock.now()));
        return { ids, upserts };
      };
      // Project the next page while the engine writes this one.
      for (let page = await project(undefined); page.ids.length > 0;) {
        const last = page.ids.length < pageSize ? undefined : page.ids.at(-1);
        const [next] = await Promise.all([last ? project(last) : undefined, write(page.upserts)]);
        counts[index] += page.upserts.length;
        options.onProgress?.(index, counts[index]);
        page = next ?? { ids: [], upserts: [] };
      }
    });
  }
  if ((await readCheckpoint(deps.db, searchIndexerConsumer)) < covered) {
    await saveCheckpoint(deps.db, searchIndexerConsumer, covered);
  }
  return counts;
}

import type { DbClient } from "@housing/db/client";
import type { SearchDocumentRecord, SearchIndexName } from "../search-engine.port.ts";
import { projectAccount } from "./account-projection.ts";
import { projectAsset } from "./asset-projection.ts";
import { projectPerson } from "./person-projection.ts";
import {
  loadForRebuild,
  loadForSearch,
  type RebuildPosition,
  type SourcesForSearch,
} from "./search-sources.repository.ts";
import { projectTenure } from "./tenure-projection.ts";

const projections: { [I in SearchIndexName]: (source: SourcesForSearch[I], today: string) => SearchDocumentRecord } = {
  persons: (person, today) => projectPerson(person, person.contacts, today),
  assets: projectAsset,
  tenures: projectTenure,
  accounts: projectAccount,
};

function project<I extends SearchIndexName>(index: I, sources: SourcesForSearch[I][], today: string) {
  const projection = projections[index];
  return sources.map((source) => projection(source, today));
}

/**
 * The one place search documents are made, from the tables as they are now: the live indexer and a
 * full rebuild both call it, so both engines index exactly the same documents. Ids that no longer
 * exist come back as removals.
 */
export async function projectDocuments(
  db: DbClient,
  index: SearchIndexName,
  ids: readonly string[],
  today: string,
): Promise<{ upserts: SearchDocumentRecord[]; removals: string[] }> {
  if (ids.length === 0) return { upserts: [], removals: [] };
  const upserts = project(index, await loadForSearch(db, index, ids), today);
  const found = new Set(upserts.map((doc) => doc.id));
  return { upserts, removals: ids.filter((id) => !found.has(id)) };
}

/**
 * A batch of a full rebuild, read but not yet projected: how many records, and where the next
 * batch starts (none when this one is the last).
 */
export type SourceBatch = {
  size: number;
  next: RebuildPosition | undefined;
  project(today: string): SearchDocumentRecord[];
};

/** What a rebuild reads once it has read its last batch. */
export const endOfSources: SourceBatch = { size: 0, next: undefined, project: () => [] };

/**
 * A full rebuild's next batch: the first `take` records after `after`, in the index's rebuild
 * order, read in one statement; projecting them is left to the caller, so the next batch can be
 * read meanwhile.
 */
export async function readNextBatch<I extends SearchIndexName>(
  db: DbClient,
  index: I,
  after: RebuildPosition | undefined,
  take: number,
): Promise<SourceBatch> {
  const { sources, next } = await loadForRebuild(db, index, after, take);
  return {
    size: sources.length,
    next,
    project: (today) => project(index, sources, today),
  };
}

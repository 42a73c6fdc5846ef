import type { SearchIndexName } from "../search-engine.port.ts";

/**
 * What each index's projection makes of a record (its document, terms and sort keys), by version.
 * Raise an index's number whenever that changes: every instance then rebuilds that index at
 * start-up, once, instead of answering from documents of the old shape until someone runs
 * `pnpm reindex`. An index with no version recorded (indexed before versions were) counts as old.
 */
export const projectionVersions: Readonly<Record<SearchIndexName, number>> = {
  persons: 2,
  assets: 2,
  tenures: 2,
  // 2: the PostgreSQL engine keeps accounts' fields in their lexemes. The migration that moved them
  // there rewrote every account out of its tenant-name order; the rebuild lays them out again.
  accounts: 2,
};

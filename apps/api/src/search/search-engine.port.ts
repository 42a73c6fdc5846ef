import type { QueryTerm } from "./search-text.ts";

export const searchIndexNames = ["persons", "assets", "tenures", "accounts"] as const;
export type SearchIndexName = (typeof searchIndexNames)[number];

export type SearchTermRecord = { term: string; weight: number; contactDetailId?: string };

/** What the projection module makes of one entity, for any engine to index. */
export type SearchDocumentRecord = {
  id: string;
  document: Record<string, unknown>;
  terms: SearchTermRecord[];
  sortText: string;
  sortNumber: number | null;
  sortSubNumber: number | null;
  sortDate: string | null;
  /** Money to sort by (an account's balance), in pounds with pence. */
  sortAmount: number | null;
  types: string[];
  isActive: boolean | null;
};

export type SearchFilters = {
  /** Any of these types. */
  types?: readonly string[];
  /** Not documents whose types are all among these (staff are not returned as residents). */
  excludeWhenOnly?: readonly string[];
  isActive?: boolean;
};

/** The domain's query: engines translate it and refuse what they do not understand. */
export type SearchQuery = {
  index: SearchIndexName;
  terms: QueryTerm[];
  filters: SearchFilters;
  /** Only words indexed with one of these weights match: a search in some fields of a document only. */
  termWeights?: readonly number[];
  sort: "relevance" | "text" | "date" | "amount";
  isDesc: boolean;
  page: number;
  pageSize: number;
};

export type CursorQuery = Omit<SearchQuery, "sort" | "isDesc" | "page"> & { after: string | undefined };

/** Contact-detail words count only for callers allowed to see that contact detail. */
/**
 * What the caller may see: of the contact details whose words a query matched, the ones they may
 * see (the search domain decides, by service area and consent; the engine only asks).
 */
export type SearchVisibility = { visibleContactDetails(candidateIds: readonly string[]): Promise<string[]> };

export type SearchPage = { documents: Record<string, unknown>[]; total: number; engineQuery: string; tookMs: number };

export interface SearchEngine {
  readonly name: string;
  search(query: SearchQuery, visibility: SearchVisibility): Promise<SearchPage>;
  readAfter(
    query: CursorQuery,
    visibility: SearchVisibility,
  ): Promise<{ documents: Record<string, unknown>[]; nextCursor: string | null }>;
  /** Replaces or removes documents in the index that answers queries (and in one being rebuilt). */
  write(index: SearchIndexName, upserts: readonly SearchDocumentRecord[], removals: readonly string[]): Promise<void>;
  /** Builds a whole new index generation from `load` while the current one keeps answering, then swaps. */
  rebuild(
    index: SearchIndexName,
    load: (write: (docs: readonly SearchDocumentRecord[]) => Promise<void>) => Promise<void>,
  ): Promise<void>;
  /**
   * Indexes never built: all of them in a new database, or one added to `searchIndexNames` since the
   * database was last indexed. Each needs a first rebuild before it can answer.
   */
  unbuiltIndexes(): Promise<SearchIndexName[]>;
  /** Forgets everything (tests). */
  reset(): Promise<void>;
}

/** An engine met a query it cannot express; `field` names the input that asked for it. */
export class UnsupportedSearchQuery extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "UnsupportedSearchQuery";
  }
}

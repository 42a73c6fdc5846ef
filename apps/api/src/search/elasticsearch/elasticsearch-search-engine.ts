import { type Client, errors, type estypes } from "@elastic/elasticsearch";
import {
  type CursorQuery,
  type SearchDocumentRecord,
  type SearchEngine,
  type SearchIndexName,
  type SearchPage,
  type SearchQuery,
  type SearchVisibility,
  searchIndexNames,
} from "../search-engine.port.ts";
import { contactDetailTerms } from "../search-text.ts";
import { bulkOperations, writeBulk } from "./elasticsearch-bulk.ts";
import { type IndexLayout, defaultIndexPrefix, indexLayout } from "./elasticsearch-index-names.ts";
import { type ElasticSearchDocument, searchIndexMappings, searchIndexSettings } from "./elasticsearch-mappings.ts";
import {
  type ContactCandidateAggregations,
  type ElasticPlan,
  loggableElasticQuery,
  toContactCandidatesQuery,
  toElasticCursorQuery,
  toElasticQuery,
} from "./to-elastic-query.ts";

export type ElasticsearchSearchEngineOptions = {
  client: Client;
  /** Every index, alias and generation this engine owns starts with it (tests use a unique one). */
  indexPrefix?: string;
  /**
   * Tests: a live write returns once it is searchable (`refresh: wait_for`). Otherwise it becomes
   * searchable at the next refresh, within the index's refresh interval (1 s by default).
   */
  refreshWrites?: boolean;
};

type PhysicalIndex = { name: string; generation: number; aliases: string[] };
type StoredSource = Pick<ElasticSearchDocument, "document">;

const validPrefix = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Search on an Elasticsearch cluster: one nested `terms` field per document holding the
 * projection's words with their weights, scored like the PostgreSQL engine (see to-elastic-query.ts).
 * Each index is a numbered generation behind a read alias; a rebuild loads the next generation
 * behind a "building" alias, which live writes also reach, then swaps the read alias atomically.
 */
export class ElasticsearchSearchEngine implements SearchEngine {
  readonly name = "elasticsearch";
  private readonly client: Client;
  private readonly prefix: string;
  private readonly refreshWrites: boolean;

  constructor(options: ElasticsearchSearchEngineOptions) {
    this.client = options.client;
    this.prefix = options.indexPrefix ?? defaultIndexPrefix;
    this.refreshWrites = options.refreshWrites ?? false;
    if (!validPrefix.test(this.prefix)) {
      throw new Error(`Use an index prefix of lower-case letters, digits, "-", "_" or "." (got "${this.prefix}")`);
    }
  }

  private layout(index: SearchIndexName): IndexLayout {
    return indexLayout(this.prefix, index);
  }

  /** Contact details whose words match the query and which the caller may see (persons only hold any). */
  private async plan(query: Pick<SearchQuery, "index" | "terms">, visibility: SearchVisibility): Promise<ElasticPlan> {
    const alias = this.layout(query.index).readAlias;
    if (query.index !== "persons" || contactDetailTerms(query.terms).length === 0)
      return { alias, visibleContactIds: [] };
    const response = await this.client.search<unknown, ContactCandidateAggregations>(
      toContactCandidatesQuery(query, { alias }),
    );
    const candidates = response.aggregations?.contactTerms?.matching?.ids?.buckets?.map((b) => String(b.key)) ?? [];
    const visibleContactIds = await visibility.visibleContactDetails(candidates);
    return { alias, visibleContactIds };
  }

  async search(query: SearchQuery, visibility: SearchVisibility): Promise<SearchPage> {
    const started = performance.now();
    if (query.terms.length === 0)
      return { documents: [], total: 0, engineQuery: "(no words to search for)", tookMs: 0 };
    const request = toElasticQuery(query, await this.plan(query, visibility));
    const response = await this.client.search<StoredSource>(request);
    return {
      documents: documentsOf(response),
      total: totalOf(response.hits.total),
      engineQuery: loggableElasticQuery(request),
      tookMs: Math.round(performance.now() - started),
    };
  }

  async readAfter(query: CursorQuery, visibility: SearchVisibility) {
    if (query.terms.length === 0) return { documents: [], nextCursor: null };
    const response = await this.client.search<StoredSource>(
      toElasticCursorQuery(query, await this.plan(query, visibility)),
    );
    const documents = documentsOf(response);
    const last = documents.at(-1);
    return { documents, nextCursor: documents.length === query.pageSize && last ? String(last.id) : null };
  }

  /** Every generation of one index, oldest first, with the aliases on each. */
  private async physicalIndices(layout: IndexLayout): Promise<PhysicalIndex[]> {
    let response: estypes.IndicesGetAliasResponse;
    try {
      response = await this.client.indices.getAlias({ index: layout.physicalPattern });
    } catch (error) {
      if (error instanceof errors.ResponseError && error.statusCode === 404) return [];
      throw error;
    }
    return Object.entries(response)
      .flatMap(([name, { aliases }]) => {
        const generation = layout.generationOf(name);
        return generation === null ? [] : [{ name, generation, aliases: Object.keys(aliases ?? {}) }];
      })
      .sort((a, b) => a.generation - b.generation);
  }

  /**
   * Writes through the aliases (never auto-creating an index: `require_alias`), to the generation
   * that answers queries and to one being rebuilt. If a rebuild swaps between the look-up and the
   * write, the write to the vanished building alias fails and the indexer's retry finds the new layout.
   */
  async write(
    index: SearchIndexName,
    upserts: readonly SearchDocumentRecord[],
    removals: readonly string[],
  ): Promise<void> {
    const layout = this.layout(index);
    const present = new Set((await this.physicalIndices(layout)).flatMap((p) => p.aliases));
    const operations = bulkOperations(upserts, removals, "index");
    for (const alias of [layout.readAlias, layout.buildingAlias]) {
      if (!present.has(alias)) continue;
      // Only the read alias is searched, so only it is worth waiting for; the building index is not refreshed.
      const refresh = alias === layout.readAlias && this.refreshWrites ? "wait_for" : false;
      await writeBulk(this.client, { index: alias, operations, refresh, requireAlias: true }, { keepExisting: false });
    }
  }

  async rebuild(
    index: SearchIndexName,
    load: (write: (docs: readonly SearchDocumentRecord[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const layout = this.layout(index);
    const existing = await this.physicalIndices(layout);
    const live = existing.filter((p) => p.aliases.includes(layout.readAlias));
    // A rebuild that died left its generation behind: start again from scratch.
    const abandoned = existing.filter((p) => !p.aliases.includes(layout.readAlias));
    if (abandoned.length > 0) await this.client.indices.delete({ index: abandoned.map((p) => p.name) });

    const building = layout.physicalName(Math.max(0, ...existing.map((p) => p.generation)) + 1);
    await this.client.indices.create({
      index: building,
      // No refreshes while loading (nothing searches this index yet); one explicit refresh before the swap.
      settings: { ...searchIndexSettings, refresh_interval: "-1" },
      mappings: searchIndexMappings,
      aliases: { [layout.buildingAlias]: {} },
    });
    try {
      await load(async (docs) => {
        // `create`, not `index`: the live indexer may already have written a newer copy of a document.
        const operations = bulkOperations(docs, [], "create");
        await writeBulk(
          this.client,
          { index: building, operations, refresh: false, requireAlias: false },
          { keepExisting: true },
        );
      });
      // Back to the cluster's default refresh interval (null resets a setting).
      await this.client.indices.putSettings({ index: building, settings: { "index.refresh_interval": null } });
      await this.client.indices.refresh({ index: building });
      await this.client.indices.updateAliases({
        actions: [
          ...live.map((p) => ({ remove: { index: p.name, alias: layout.readAlias } })),
          { add: { index: building, alias: layout.readAlias } },
          { remove: { index: building, alias: layout.buildingAlias } },
        ],
      });
    } catch (error) {
      await this.client.indices.delete({ index: building }, { ignore: [404] }).catch(() => undefined);
      throw error;
    }
    if (live.length > 0) await this.client.indices.delete({ index: live.map((p) => p.name) });
  }

  async unbuiltIndexes(): Promise<SearchIndexName[]> {
    const built = await Promise.all(
      searchIndexNames.map((index) => this.client.indices.existsAlias({ name: this.layout(index).readAlias })),
    );
    return searchIndexNames.filter((_, i) => !built[i]);
  }

  /** Deletes this prefix's generations of every index (their aliases go with them). */
  async reset(): Promise<void> {
    const indices = await Promise.all(searchIndexNames.map((index) => this.physicalIndices(this.layout(index))));
    const names = indices.flat().map((p) => p.name);
    // Named one by one: clusters refuse wildcard deletes (action.destructive_requires_name).
    if (names.length > 0) await this.client.indices.delete({ index: names });
  }
}

function documentsOf(response: estypes.SearchResponse<StoredSource>): Record<string, unknown>[] {
  return response.hits.hits.flatMap((hit) => (hit._source ? [hit._source.document] : []));
}

function totalOf(total: estypes.SearchTotalHits | number | undefined): number {
  return typeof total === "number" ? total : (total?.value ?? 0);
}

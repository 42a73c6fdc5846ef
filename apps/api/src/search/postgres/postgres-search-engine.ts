import { type Db, queryPlannedOnce } from "@housing/db/client";
import type {
  CursorQuery,
  SearchDocumentRecord,
  SearchEngine,
  SearchIndexName,
  SearchPage,
  SearchQuery,
  SearchVisibility,
} from "../search-engine.port.ts";
import { searchIndexNames } from "../search-engine.port.ts";
import {
  type IndexGenerations,
  readGenerations,
  finishRebuild,
  startRebuild,
  writingIndex,
  replaceDocuments,
  resetSearchTables,
  builtIndexNames,
} from "./postgres-search.repository.ts";
import { newPlanMemory, planSearch, rememberedPlan } from "./postgres-search-candidates.ts";
import { type SqlQuery, toPostgresCursorQuery, toPostgresQuery } from "./to-postgres-query.ts";

type Row = { document: Record<string, unknown>; total: number };

/**
 * Search on PostgreSQL itself (also the embedded one): documents kept by the indexer with their
 * words in a tsvector, exact and prefix matches through a GIN index per search index, near
 * spellings through a trigram index on the vocabulary, ranked by how many words matched and how well.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = "postgres";

  private readonly memory = newPlanMemory();

  constructor(private readonly db: Db) {}

  private async plan(query: Pick<SearchQuery, "index" | "terms" | "termWeights">, visibility: SearchVisibility) {
    return planSearch(this.db, query, visibility, this.memory);
  }

  async search(query: SearchQuery, visibility: SearchVisibility): Promise<SearchPage> {
    const started = performance.now();
    if (query.terms.length === 0)
      return { documents: [], total: 0, engineQuery: "(no words to search for)", tookMs: 0 };
    const remembered = rememberedPlan(query, this.memory);
    if (remembered) {
      const sql = toPostgresQuery(query, remembered);
      const rows = await this.run(sql);
      // Look-ups tied to a version find nothing once it has moved on (a word indexed since may be
      // missing from them), nor when nothing matches: plan, then search again.
      if (rows.length > 0 || remembered.vocabulary === undefined)
        return this.page(query, visibility, rows, sql, started);
    }
    const sql = toPostgresQuery(query, await this.plan(query, visibility));
    return this.page(query, visibility, await this.run(sql), sql, started);
  }

  private async page(
    query: SearchQuery,
    visibility: SearchVisibility,
    rows: Row[],
    sql: SqlQuery,
    started: number,
  ): Promise<SearchPage> {
    return {
      documents: rows.map((row) => row.document),
      total: rows[0]?.total ?? (query.page > 1 ? await this.countOnly(query, visibility) : 0),
      engineQuery: sql.text,
      tookMs: Math.round(performance.now() - started),
    };
  }

  /** A page past the end has no rows to carry the total; count separately. */
  private async countOnly(query: SearchQuery, visibility: SearchVisibility): Promise<number> {
    const rows = await this.run(
      toPostgresQuery({ ...query, page: 1, pageSize: 1 }, await this.plan(query, visibility)),
    );
    return rows[0]?.total ?? 0;
  }

  async readAfter(query: CursorQuery, visibility: SearchVisibility) {
    if (query.terms.length === 0) return { documents: [], nextCursor: null };
    const rows = await this.run(toPostgresCursorQuery(query, await this.plan(query, visibility)));
    const documents = rows.map((row) => row.document);
    const last = documents.at(-1);
    return { documents, nextCursor: documents.length === query.pageSize && last ? String(last.id) : null };
  }

  private async run(sql: SqlQuery): Promise<Row[]> {
    return (await queryPlannedOnce<Row>(this.db, sql.text, sql.values)).rows;
  }

  async write(
    index: SearchIndexName,
    upserts: readonly SearchDocumentRecord[],
    removals: readonly string[],
  ): Promise<void> {
    await writingIndex(this.db, index, async (sql) => {
      const generations = await readGenerations(sql, index);
      for (const generation of targetGenerations(generations)) {
        await replaceDocuments(sql, index, generation, upserts, [...upserts.map((d) => d.id), ...removals]);
      }
    });
  }

  async rebuild(
    index: SearchIndexName,
    load: (write: (docs: readonly SearchDocumentRecord[]) => Promise<void>) => Promise<void>,
  ): Promise<void> {
    const generation = await startRebuild(this.db, index);
    await load(async (docs) => {
      // The live indexer may already have written a newer copy of a document: keep it.
      await writingIndex(this.db, index, (sql) =>
        replaceDocuments(sql, index, generation, docs, [], { keepExisting: true }),
      );
    });
    await finishRebuild(this.db, index, generation);
    this.memory.commonWords.forget();
  }

  async unbuiltIndexes(): Promise<SearchIndexName[]> {
    const built = new Set(await builtIndexNames(this.db));
    return searchIndexNames.filter((index) => !built.has(index));
  }

  async reset(): Promise<void> {
    this.memory.commonWords.forget();
    await resetSearchTables(this.db, searchIndexNames);
  }
}

function targetGenerations(generations: IndexGenerations): number[] {
  return generations.building === null ? [generations.active] : [generations.active, generations.building];
}

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { documentOfWords } from "../../testing/search-documents.ts";
import type { SearchIndexName, SearchQuery } from "../search-engine.port.ts";
import { queryTerms } from "../search-text.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";

// The statements the driver sends, counted for each search (and no longer once each test is done):
// a search whose plan the engine remembers whole is one of them.
let statements: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  statements = vi.spyOn(pg.Client.prototype, "query");
});
afterEach(() => {
  statements.mockRestore();
});

let database: TestDatabase;

const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };
const queryOf = (index: SearchIndexName, text: string, page = 1): SearchQuery => ({
  index,
  terms: queryTerms(text),
  filters: {},
  sort: "relevance",
  isDesc: false,
  page,
  pageSize: 2,
});

/** A search's page and total, and how many statements it took. */
async function searched(engine: PostgresSearchEngine, query: SearchQuery) {
  statements.mockClear();
  const page = await engine.search(query, seeAll);
  return { ids: page.documents.map((d) => d.id), total: page.total, statements: statements.mock.calls.length };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const engine = new PostgresSearchEngine(database.db);
  await engine.write(
    "assets",
    [
      documentOfWords(idOf(1), ["12", "kestrel", "heights"], { weight: 3 }),
      documentOfWords(idOf(2), ["14", "kestrel", "heights"], { weight: 3 }),
      documentOfWords(idOf(3), ["12", "kestral", "road"], { weight: 3 }),
      documentOfWords(idOf(4), ["9", "eaton", "house"], { weight: 3 }),
    ],
    [],
  );
});

afterAll(async () => {
  await database.drop();
});

describe("a search whose plan the engine remembers", () => {
  it("is one statement the second time, with the same page and total as the first", async () => {
    const engine = new PostgresSearchEngine(database.db);
    for (const text of ["12 Kestrel Heights", "kestre", "kestrel", "12"]) {
      const first = await searched(engine, queryOf("assets", text));
      const again = await searched(engine, queryOf("assets", text));
      expect(again, text).toEqual({ ...first, statements: 1 });
      expect(first.total, text).toBeGreaterThan(0);
    }
    // Near spellings and counts are the engine's own: another engine plans its first search.
    expect((await searched(new PostgresSearchEngine(database.db), queryOf("assets", "kestrel"))).statements).toBe(2);
  });

  it("finds what a changed vocabulary brings, even when the remembered plan finds nothing", async () => {
    const engine = new PostgresSearchEngine(database.db);
    expect(await searched(engine, queryOf("assets", "okonkwa"))).toMatchObject({ ids: [], total: 0 });
    // Another instance indexes a near spelling: only the vocabulary's version tells this engine.
    await new PostgresSearchEngine(database.db).write(
      "assets",
      [documentOfWords(idOf(5), ["okonkwo"], { weight: 3 })],
      [],
    );
    expect(await searched(engine, queryOf("assets", "okonkwa"))).toMatchObject({ ids: [idOf(5)], total: 1 });
    expect((await searched(engine, queryOf("assets", "okonkwa"))).statements).toBe(1);
  });

  it("counts a page past the end as before", async () => {
    const engine = new PostgresSearchEngine(database.db);
    const { total } = await searched(engine, queryOf("assets", "kestrel heights"));
    expect(total).toBe(3);
    expect(await searched(engine, queryOf("assets", "kestrel heights", 5))).toMatchObject({ ids: [], total });
  });
});

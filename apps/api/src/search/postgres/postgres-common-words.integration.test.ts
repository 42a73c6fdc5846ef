import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchDocumentRecord, SearchQuery } from "../search-engine.port.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";
import { commonTermPostings } from "./to-postgres-query.ts";

let database: TestDatabase;
let engine: PostgresSearchEngine;

const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const doc = (n: number, words: string[]): SearchDocumentRecord => ({
  id: idOf(n),
  document: { id: idOf(n) },
  terms: words.map((term) => ({ term, weight: 3 })),
  sortText: String(n).padStart(6, "0"),
  sortNumber: null,
  sortSubNumber: null,
  sortDate: null,
  sortAmount: null,
  types: [],
  isActive: null,
});

const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };
const search = (words: string[]) => {
  const query: SearchQuery = {
    index: "assets",
    terms: words.map((term) => ({ term, maxTypos: 0, allowPrefix: false })),
    filters: {},
    sort: "relevance",
    isDesc: false,
    page: 1,
    pageSize: 10,
  };
  return engine.search(query, seeAll);
};

// Each of "12", "well" and "street" is in more documents than the common-word cutoff; only three
// documents hold all three, and one holds a rare word beside two common ones.
const many = commonTermPostings;
const together = [1, 2, 3];

beforeAll(async () => {
  database = await createTestDatabase();
  engine = new PostgresSearchEngine(database.db);
  const documents = [
    ...together.map((n) => doc(n, ["12", "well", "street"])),
    doc(4, ["12", "kestrel", "street"]),
    ...Array.from({ length: many }, (_, i) => doc(10 + i, ["well", "street", String(100 + (i % 50))])),
    ...Array.from({ length: many }, (_, i) => doc(10 + many + i, ["12", "road"])),
  ];
  await engine.write("assets", documents, []);
}, 120_000);

afterAll(async () => {
  await database.drop();
});

describe("common words", () => {
  it("when every word of the query is common, a document needs them all", async () => {
    const page = await search(["12", "well", "street"]);
    expect(page.total).toBe(together.length);
    expect(page.documents.map((d) => d.id).sort()).toEqual(together.map(idOf));
  });

  it("beside a rarer word, common words only rank what it finds", async () => {
    const page = await search(["12", "kestrel", "street"]);
    expect(page.total).toBe(1);
    expect(page.documents.map((d) => d.id)).toEqual([idOf(4)]);
  });

  it("a common word alone still finds every document that holds it", async () => {
    expect((await search(["street"])).total).toBe(together.length + 1 + many);
  });
});

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOfWords } from "../../testing/search-documents.ts";
import type { SearchQuery } from "../search-engine.port.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";
import { newPlanMemory, planSearch } from "./postgres-search-candidates.ts";
import { commonTermPostings } from "./to-postgres-query.ts";
import { maxPrefixWords } from "./to-plan-query.ts";

let database: TestDatabase;
let engine: PostgresSearchEngine;

const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const doc = (n: number, words: string[]) =>
  documentOfWords(idOf(n), words, { weight: 3, sortText: String(n).padStart(6, "0") });

const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };
const queryOf = (words: string[], allowPrefix = false): SearchQuery => ({
  index: "assets",
  // Numbers never match by their start, as queryTerms has it.
  terms: words.map((term) => ({ term, maxTypos: 0, allowPrefix: allowPrefix && !/^\d+$/.test(term) })),
  filters: {},
  sort: "relevance",
  isDesc: false,
  page: 1,
  pageSize: 10,
});
const search = (words: string[], allowPrefix = false) => engine.search(queryOf(words, allowPrefix), seeAll);

// Each of "12", "well" and "street" is in more documents than the common-word cutoff; only three
// documents hold all three, and one holds a rare word beside two common ones.
const many = commonTermPostings;
const manyWordsStarting = (prefix: string) =>
  Array.from(
    { length: maxPrefixWords + 6 },
    (_, i) => `${prefix}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
  );
const together = [1, 2, 3];

beforeAll(async () => {
  database = await createTestDatabase();
  engine = new PostgresSearchEngine(database.db);
  const documents = [
    ...together.map((n) => doc(n, ["12", "well", "street"])),
    doc(4, ["12", "kestrel", "street"]),
    doc(5, ["12", "wellington", "streets"]),
    // One document, so "zed" is rare, starting more words than a plan spells out.
    doc(6, ["12", ...manyWordsStarting("zed")]),
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

  it("a prefix finds through the indexed words it starts when they are few, and through itself when they are many", async () => {
    const common = await search(["12", "wel", "stre"], true);
    expect(common.documents.map((d) => d.id).sort()).toEqual([...together, 5].map(idOf));
    const plan = await planSearch(database.db, queryOf(["12", "wel", "stre"], true), seeAll, newPlanMemory());
    expect(plan.prefixWords?.map((words) => (words ? [...words].sort() : words))).toEqual([
      null,
      ["well", "wellington"],
      ["street", "streets"],
    ]);

    const rare = await search(["12", "zed"], true);
    expect(rare.documents.map((d) => d.id)).toEqual([idOf(6)]);
    const manyStarted = await planSearch(database.db, queryOf(["12", "zed"], true), seeAll, newPlanMemory());
    expect(manyStarted.prefixWords).toEqual([null, null]);
  });

  it("a prefix alone, too short for near spellings, is planned for the words it starts", async () => {
    const alone = queryOf(["wel"], true);
    const plan = await planSearch(database.db, alone, seeAll, newPlanMemory());
    expect(plan.prefixWords?.map((words) => (words ? [...words].sort() : words))).toEqual([["well", "wellington"]]);
    expect((await engine.search(alone, seeAll)).total).toBe(together.length + 1 + many);
  });
});

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOfWords } from "../../testing/search-documents.ts";
import type { SearchQuery } from "../search-engine.port.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";

let database: TestDatabase;
let engine: PostgresSearchEngine;

const doc = (id: string, terms: string[]) => documentOfWords(id, terms, { weight: 5 });

const ids = {
  quoted: "00000000-0000-4000-8000-000000000001",
  slashed: "00000000-0000-4000-8000-000000000002",
  other: "00000000-0000-4000-8000-000000000003",
};
const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };

async function find(term: string, allowPrefix = false): Promise<unknown[]> {
  const query: SearchQuery = {
    index: "persons",
    terms: [{ term, maxTypos: 0, allowPrefix }],
    filters: {},
    sort: "relevance",
    isDesc: false,
    page: 1,
    pageSize: 10,
  };
  return (await engine.search(query, seeAll)).documents.map((d) => d.id);
}

beforeAll(async () => {
  database = await createTestDatabase();
  engine = new PostgresSearchEngine(database.db);
  await engine.write(
    "persons",
    [
      doc(ids.quoted, ["o'brien", "x:y", "two words", "zoë", "'; drop table x; --"]),
      doc(ids.slashed, ["a\\b", "end\\", "!&|()"]),
      doc(ids.other, ["a", "b", "brien", "drop", "y"]),
    ],
    [],
  );
});

afterAll(async () => {
  await database.drop();
});

describe("words with the characters of tsquery syntax are only words", () => {
  it("finds quotes, colons, spaces, backslashes, operators and accents as they were indexed", async () => {
    for (const word of ["o'brien", "x:y", "two words", "zoë", "'; drop table x; --"])
      expect(await find(word)).toEqual([ids.quoted]);
    for (const word of ["a\\b", "end\\", "!&|()"]) expect(await find(word)).toEqual([ids.slashed]);
  });

  it("never reads a word as operators, weights or a prefix", async () => {
    expect(await find("a' | 'b")).toEqual([]);
    expect(await find("y':*")).toEqual([]);
    expect(await find("brien':A")).toEqual([]);
    expect(await find("\\")).toEqual([]);
    expect(await find("o'")).toEqual([]);
    expect(await find("o'", true)).toEqual([ids.quoted]);
  });
});

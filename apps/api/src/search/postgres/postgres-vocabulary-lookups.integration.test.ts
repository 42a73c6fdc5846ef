import { poolOf } from "@housing/db/client";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOfWords } from "../../testing/search-documents.ts";
import type { SearchIndexName, SearchQuery } from "../search-engine.port.ts";
import type { QueryTerm } from "../search-text.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";
import { type PlanRow, toPlanQuery } from "./to-plan-query.ts";

// An engine remembers each word's near spellings and prefix words with the vocabulary's version
// (VocabularyLookupsByWord): these tests hold it to looking a word up again once words are added.

let database: TestDatabase;

const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const doc = (n: number, words: string[]) => documentOfWords(idOf(n), words, { weight: 5 });
const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };

const queryOf = (term: QueryTerm): SearchQuery => ({
  index: "persons",
  terms: [term],
  filters: {},
  sort: "relevance",
  isDesc: false,
  page: 1,
  pageSize: 10,
});
const found = async (engine: PostgresSearchEngine, term: QueryTerm) =>
  (await engine.search(queryOf(term), seeAll)).documents.map((d) => d.id).sort();

async function vocabularyVersion(): Promise<string> {
  const { rows } = await poolOf(database.db).query<{ version: string }>(
    `SELECT coalesce((SELECT version FROM "SearchVocabularyVersion"), 0)::text AS version`,
  );
  return rows[0]?.version ?? "";
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe("vocabulary look-ups remembered from one search to the next", () => {
  it("finds a near spelling indexed after the word was last looked up", async () => {
    const engine = new PostgresSearchEngine(database.db);
    const misspelt: QueryTerm = { term: "okonkwa", maxTypos: 1, allowPrefix: false };
    await engine.write("persons", [doc(1, ["okonkwo"])], []);
    expect(await found(engine, misspelt)).toEqual([idOf(1)]);

    // Written by another instance: this engine hears nothing of it but the vocabulary's version.
    await new PostgresSearchEngine(database.db).write("persons", [doc(2, ["okonkwe"])], []);
    expect(await found(engine, misspelt)).toEqual([idOf(1), idOf(2)]);
  });

  it("finds through a word indexed since the prefix's words were looked up", async () => {
    const engine = new PostgresSearchEngine(database.db);
    const prefix: QueryTerm = { term: "quenti", maxTypos: 0, allowPrefix: true };
    await engine.write("persons", [doc(3, ["quentin"])], []);
    expect(await found(engine, prefix)).toEqual([idOf(3)]);

    await new PostgresSearchEngine(database.db).write("persons", [doc(4, ["quentina"])], []);
    expect(await found(engine, prefix)).toEqual([idOf(3), idOf(4)]);
  });

  it("uses the remembered answer while the vocabulary is at its version, and looks the word up again after", async () => {
    const term: QueryTerm = { term: "okonkwa", maxTypos: 1, allowPrefix: false };
    const plan = async (remembered: { vocabulary: string; fuzzy: string[]; prefixWords: null }) => {
      const sql = toPlanQuery({ index: "persons", terms: [term] }, 2_000, [false], [remembered]);
      return (await poolOf(database.db).query<PlanRow>(sql.text, sql.values)).rows[0];
    };
    const version = await vocabularyVersion();
    // A remembered answer no look-up would give shows that the look-up did not run.
    const atVersion = await plan({ vocabulary: version, fuzzy: ["remembered"], prefixWords: null });
    expect(atVersion).toMatchObject({ vocabulary: version, fuzzy: ["remembered"] });

    const before = await plan({ vocabulary: String(BigInt(version) - 1n), fuzzy: ["remembered"], prefixWords: null });
    expect(before).toMatchObject({ vocabulary: version, fuzzy: ["okonkwe", "okonkwo"] });
  });

  it("raises the version when words are added, and only then", async () => {
    const engine = new PostgresSearchEngine(database.db);
    await engine.write("persons", [doc(5, ["tremaine"])], []);
    const version = BigInt(await vocabularyVersion());

    await engine.write("persons", [doc(5, ["tremaine"]), doc(6, ["tremaine"])], []);
    await engine.write("assets", [doc(7, ["tremaine"])], []);
    expect(BigInt(await vocabularyVersion())).toBe(version);

    await engine.write("assets", [doc(7, ["tremaine", "tremayne"])], []);
    expect(BigInt(await vocabularyVersion())).toBe(version + 1n);
  });

  it("raises the version once for each of many writers adding words at once, none lost", async () => {
    const engine = new PostgresSearchEngine(database.db);
    const version = BigInt(await vocabularyVersion());
    const indexes: SearchIndexName[] = ["persons", "assets", "tenures", "accounts"];
    const writers = Array.from({ length: 12 }, (_, i) =>
      engine.write(indexes[i % indexes.length] ?? "persons", [doc(100 + i, [`concurrent${"abcdefghijkl"[i]}`])], []),
    );
    await Promise.all(writers);
    expect(BigInt(await vocabularyVersion())).toBe(version + 12n);
  });
});

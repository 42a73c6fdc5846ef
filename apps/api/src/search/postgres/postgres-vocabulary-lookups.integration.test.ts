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
/** The word of each document the first tests write, by its number. */
const wordOf = (n: number) => ["", "okonkwo", "okonkwe", "quentin", "quentina"][n] ?? "";
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
  it.each([
    { lookUp: "near spellings", term: { term: "okonkwa", maxTypos: 1, allowPrefix: false }, first: 1, later: 2 },
    { lookUp: "words it starts", term: { term: "quenti", maxTypos: 0, allowPrefix: true }, first: 3, later: 4 },
  ])("finds a word indexed since the word's $lookUp were looked up", async ({ term, first, later }) => {
    const engine = new PostgresSearchEngine(database.db);
    await engine.write("persons", [doc(first, [wordOf(first)])], []);
    expect(await found(engine, term)).toEqual([idOf(first)]);

    // Written by another instance: this engine hears nothing of it but the vocabulary's version.
    await new PostgresSearchEngine(database.db).write("persons", [doc(later, [wordOf(later)])], []);
    expect(await found(engine, term)).toEqual([idOf(first), idOf(later)]);
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

  it("adds every word before it takes the version's row, so writers sharing new words never deadlock", async () => {
    // Writers with words of their own and then words they share, beside writers with the shared
    // words alone: had a writer taken the version's row after its first new word and before the
    // shared ones, and another added a shared word meanwhile, each would wait on the other.
    const engine = new PostgresSearchEngine(database.db);
    const indexes: SearchIndexName[] = ["persons", "assets", "tenures", "accounts"];
    const wordsFrom = (start: string, count: number) => Array.from({ length: count }, (_, n) => `${start}${n}`);
    for (let round = 0; round < 5; round += 1) {
      const shared = wordsFrom(`round${round}shared`, 200);
      await Promise.all(
        indexes.map((index, i) => {
          const words = i % 2 === 0 ? [...wordsFrom(`round${round}alone${i}`, 200), ...shared] : shared;
          return engine.write(index, [doc(200 + i, words)], []);
        }),
      );
    }
  });
});

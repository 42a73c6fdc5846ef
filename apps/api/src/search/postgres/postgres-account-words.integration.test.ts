import { readFile } from "node:fs/promises";
import { migrationsDir } from "@housing/db/migrate";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOfWords } from "../../testing/search-documents.ts";
import { fieldWeight } from "../projection/search-terms.ts";
import type { SearchQuery } from "../search-engine.port.ts";
import { queryTerms } from "../search-text.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";

let database: TestDatabase;
let engine: PostgresSearchEngine;

const ids = {
  tenantGreen: "00000000-0000-4000-8000-000000000001",
  onGreenLane: "00000000-0000-4000-8000-000000000002",
  tenantGreenwood: "00000000-0000-4000-8000-000000000003",
};
const seeAll = { visibleContactDetails: async (candidates: readonly string[]) => [...candidates] };

const lookUp = async (searchText: string, weight: number) => {
  const query: SearchQuery = {
    index: "accounts",
    terms: queryTerms(searchText),
    termWeights: [weight],
    filters: {},
    sort: "relevance",
    isDesc: false,
    page: 1,
    pageSize: 10,
  };
  const page = await engine.search(query, seeAll);
  return { ids: page.documents.map((d) => d.id), total: page.total };
};

const storedWords = async (id: string) => {
  const rows = await database.db.$queryRaw<{ words: string }[]>`
    SELECT words::text AS words FROM "SearchDocument" WHERE "indexName" = 'accounts' AND id = ${id}::uuid`;
  return rows[0]?.words;
};

beforeAll(async () => {
  database = await createTestDatabase();
  engine = new PostgresSearchEngine(database.db);
  await engine.write(
    "accounts",
    [
      documentOfWords(ids.tenantGreen, ["mary", "green"], { weight: fieldWeight.name }),
      documentOfWords(ids.onGreenLane, ["12", "green", "lane"], { weight: fieldWeight.address }),
      documentOfWords(ids.tenantGreenwood, ["greenwood"], { weight: fieldWeight.name }),
    ],
    [],
  );
});

afterAll(async () => {
  await database.drop();
});

describe("rent accounts keep each word's field in the lexeme", () => {
  it("stores the field's label in front of the word, so GIN finds the words of one field only", async () => {
    expect(await storedWords(ids.tenantGreen)).toBe("'B|green' 'B|mary'");
    expect(await storedWords(ids.onGreenLane)).toBe("'C|12' 'C|green' 'C|lane'");
  });

  it("looks up a tenant's name, an address, a prefix and a near spelling in their field alone", async () => {
    expect(await lookUp("green", fieldWeight.name)).toEqual({
      ids: [ids.tenantGreen, ids.tenantGreenwood],
      total: 2,
    });
    expect(await lookUp("green lane", fieldWeight.address)).toEqual({ ids: [ids.onGreenLane], total: 1 });
    expect(await lookUp("gree", fieldWeight.name)).toEqual({ ids: [ids.tenantGreen, ids.tenantGreenwood], total: 2 });
    expect((await lookUp("mray", fieldWeight.name)).ids).toEqual([ids.tenantGreen]);
    // Two words are each counted with their near spellings, found as the plan runs.
    expect((await lookUp("mray gren", fieldWeight.name)).ids[0]).toBe(ids.tenantGreen);
    expect((await lookUp("mary", fieldWeight.address)).total).toBe(0);
  });

  it("the migration moves the labels of accounts written before it into their lexemes, once, and no other index's", async () => {
    const before = "'green':1B 'lane':3C '12':2C 'green':4C";
    await database.db.$executeRawUnsafe(
      `UPDATE "SearchDocument" SET words = $1::tsvector WHERE "indexName" = 'accounts' AND id = $2::uuid`,
      before,
      ids.onGreenLane,
    );
    await engine.write("persons", [documentOfWords(ids.tenantGreen, ["green"], { weight: fieldWeight.name })], []);
    const migration = await readFile(
      `${migrationsDir}/20261205160000_account_words_field_in_lexeme/migration.sql`,
      "utf8",
    );
    await database.db.$executeRawUnsafe(migration);
    expect(await storedWords(ids.onGreenLane)).toBe("'B|green' 'C|12' 'C|green' 'C|lane'");
    // Run again (a lexeme with no position is already labelled), it changes nothing.
    await database.db.$executeRawUnsafe(migration);
    expect(await storedWords(ids.onGreenLane)).toBe("'B|green' 'C|12' 'C|green' 'C|lane'");
    expect(await storedWords(ids.tenantGreen)).toBe("'B|green' 'B|mary'");
    expect((await lookUp("green lane", fieldWeight.address)).ids[0]).toBe(ids.onGreenLane);
    const persons = await database.db.$queryRaw<{ words: string }[]>`
      SELECT words::text AS words FROM "SearchDocument" WHERE "indexName" = 'persons'`;
    expect(persons).toEqual([{ words: "'green':1B" }]);
  });
});

import { seedDemoData } from "@housing/db/demo-data";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { todayIsoDate } from "@housing/schemas/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { indexDifferences } from "./indexer/index-differences.ts";
import { PostgresSearchEngine } from "./postgres/postgres-search-engine.ts";
import { projectDocuments } from "./projection/project-documents.ts";
import { type RebuildCounts, rebuildSearchIndex } from "./rebuild-search-index.ts";
import { type SearchIndexName, searchIndexNames } from "./search-engine.port.ts";
import { queryTerms } from "./search-text.ts";

// A full rebuild of a few hundred generated households (every kind of record and relation the
// projections read), checked against the tables.
let database: TestDatabase;
let engine: PostgresSearchEngine;
let counts: RebuildCounts;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db, { scale: 400, databaseUrl: database.url });
  engine = new PostgresSearchEngine(database.db);
  // Persons are read in name order: 80 of the same name span batches, which must neither skip nor repeat one.
  await database.db.$executeRawUnsafe(
    `UPDATE "Person" SET surname = 'Abbott', "firstName" = 'Ann' WHERE id IN (SELECT id FROM "Person" ORDER BY id LIMIT 80)`,
  );
  // Small batches, so each index is read in many: every batch must start where the last one ended.
  counts = await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock }, { batchSize: 37 });
});
afterAll(async () => {
  await database?.drop();
});

/** Each index's records, by id, with the identifier officers look them up by. */
async function recordsOf(index: SearchIndexName): Promise<{ id: string; identifier: string }[]> {
  const { db } = database;
  const lists: Record<SearchIndexName, () => Promise<{ id: string; identifier: string }[]>> = {
    persons: async () =>
      (await db.person.findMany({ select: { id: true, personRef: true }, orderBy: { id: "asc" } })).map((p) => ({
        id: p.id,
        identifier: String(p.personRef),
      })),
    assets: async () =>
      (await db.asset.findMany({ select: { id: true, propertyReference: true }, orderBy: { id: "asc" } })).map((a) => ({
        id: a.id,
        identifier: a.propertyReference,
      })),
    tenures: async () =>
      (await db.tenure.findMany({ select: { id: true, paymentReference: true }, orderBy: { id: "asc" } })).map((t) => ({
        id: t.id,
        identifier: t.paymentReference,
      })),
    accounts: async () =>
      (await db.rentAccount.findMany({ select: { id: true, rentAccountNumber: true }, orderBy: { id: "asc" } })).map(
        (a) => ({ id: a.id, identifier: a.rentAccountNumber }),
      ),
  };
  return lists[index]();
}

describe("a full rebuild of the search index", () => {
  it("writes one document for each record of each index", async () => {
    const expected: RebuildCounts = {};
    for (const index of searchIndexNames) expected[index] = (await recordsOf(index)).length;
    expect(counts).toEqual(expected);
  });

  it("leaves every index equal to the tables: no document missing, extra or different", async () => {
    expect(await indexDifferences(database.db)).toEqual([]);
  });

  it("lays persons' documents down in name order, so that one name's documents share pages", async () => {
    // Rank correlation of where each document lies with where its person comes by name: the heap
    // may put a short row back on a page with room, so the order is nearly, not exactly, by name.
    const [row] = await database.db.$queryRawUnsafe<{ correlation: number }[]>(
      `WITH laid AS (
         SELECT d.id, row_number() OVER (ORDER BY d.ctid) AS at FROM "SearchDocument" d
           JOIN "SearchIndexState" s ON s."indexName" = d."indexName" AND s."activeGeneration" = d.generation
          WHERE d."indexName" = 'persons'),
       named AS (SELECT id, row_number() OVER (ORDER BY surname, "firstName", id) AS at FROM "Person")
       SELECT corr(laid.at, named.at) AS correlation FROM laid JOIN named USING (id)`,
    );
    expect(row?.correlation).toBeGreaterThan(0.99);
  });

  it("answers a sample of each index's records with the document a fresh projection makes", async () => {
    const visibility = { visibleContactDetails: async () => [] };
    const today = todayIsoDate();
    for (const index of searchIndexNames) {
      const records = await recordsOf(index);
      const sample = records.filter((_, i) => i % Math.ceil(records.length / 12) === 0);
      const { upserts } = await projectDocuments(
        database.db,
        index,
        sample.map((r) => r.id),
        today,
      );
      const projected = new Map(upserts.map((doc) => [doc.id, JSON.parse(JSON.stringify(doc.document)) as unknown]));
      for (const record of sample) {
        const page = await engine.search(
          {
            index,
            terms: queryTerms(record.identifier),
            filters: {},
            sort: "relevance",
            isDesc: false,
            page: 1,
            pageSize: 50,
          },
          visibility,
        );
        const found = page.documents.find((doc) => doc.id === record.id);
        expect(found, `${index} ${record.identifier}`).toEqual(projected.get(record.id));
      }
    }
  });
});

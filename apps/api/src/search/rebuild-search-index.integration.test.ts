import { seedDemoData } from "@housing/db/demo-data";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { todayIsoDate } from "@housing/schemas/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { indexDifferences } from "./indexer/index-differences.ts";
import { PostgresSearchEngine } from "./postgres/postgres-search-engine.ts";
import { projectDocuments, readNextBatch } from "./projection/project-documents.ts";
import { type RebuildCounts, rebuildSearchIndex } from "./rebuild-search-index.ts";
import { type SearchIndexName, searchIndexNames } from "./search-engine.port.ts";
import { queryTerms } from "./search-text.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

// A full rebuild of a few hundred generated households (every kind of record and relation the
// projections read), checked against the tables.
let database: TestDatabase;
let engine: PostgresSearchEngine;
let counts: RebuildCounts;
/** Each index's records as the rebuild found them: later tests add records no indexer runs for. */
const rebuilt = {} as Record<SearchIndexName, { id: string; identifier: string }[]>;

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
  for (const index of searchIndexNames) rebuilt[index] = await recordsOf(index);
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
    for (const index of searchIndexNames) expected[index] = rebuilt[index].length;
    expect(counts).toEqual(expected);
  });

  it("leaves every index equal to the tables: no document missing, extra or different", async () => {
    expect(await indexDifferences(database.db)).toEqual([]);
  });

  /** Rank correlation of where each of an index's documents lies with where its record comes in `order`. */
  async function layoutCorrelation(index: SearchIndexName, order: string): Promise<number | undefined> {
    // The heap may put a short row back on a page with room, so the order is nearly, not exactly, the one read.
    const [row] = await database.db.$queryRawUnsafe<{ correlation: number }[]>(
      `WITH laid AS (
         SELECT d.id, row_number() OVER (ORDER BY d.ctid) AS at FROM "SearchDocument" d
           JOIN "SearchIndexState" s ON s."indexName" = d."indexName" AND s."activeGeneration" = d.generation
          WHERE d."indexName" = $1),
       ordered AS (${order})
       SELECT corr(laid.at, ordered.at) AS correlation FROM laid JOIN ordered USING (id)`,
      index,
    );
    return row?.correlation;
  }

  it("lays persons' documents down in name order, so that one name's documents share pages", async () => {
    const byName = `SELECT id, row_number() OVER (ORDER BY surname, "firstName", id) AS at FROM "Person"`;
    expect(await layoutCorrelation("persons", byName)).toBeGreaterThan(0.99);
  });

  it("lays rent accounts down in their first tenant's name order, which a tenant name search reads", async () => {
    const byTenant = `SELECT r.id, row_number() OVER (ORDER BY t.surname, t."firstName", r.id) AS at FROM "RentAccount" r
      LEFT JOIN LATERAL (SELECT p.surname, p."firstName" FROM "HouseholdMember" m JOIN "Person" p ON p.id = m."personId"
        WHERE m."tenureId" = r."tenureId" ORDER BY m."isResponsible" DESC, m."addedAt", m."personId" LIMIT 1) t ON true`;
    expect(await layoutCorrelation("accounts", byTenant)).toBeGreaterThan(0.99);
    // Nor is that id order by chance: against id order the same measure is far lower.
    const byId = byTenant.replace('t.surname, t."firstName", ', "");
    expect(Math.abs((await layoutCorrelation("accounts", byId)) ?? 1)).toBeLessThan(0.5);
  });

  it("skips accounts deleted since the rebuild listed them, and ends only after the last listed", async () => {
    const [real] = await database.db.rentAccount.findMany({ select: { id: true }, take: 1, orderBy: { id: "asc" } });
    const gone = () => Array.from({ length: 3 }, () => crypto.randomUUID());
    const listed = { ids: [...gone(), ...gone(), real?.id ?? "", ...gone()], read: 0 };
    const batch = await readNextBatch(database.db, "accounts", listed, 3);
    expect(batch.project(todayIsoDate()).map((doc) => doc.id)).toEqual([real?.id]);
    expect(batch.next).toEqual({ ids: listed.ids, read: 9 });
    const last = await readNextBatch(database.db, "accounts", { ids: listed.ids, read: 9 }, 3);
    expect([last.size, last.next]).toEqual([0, undefined]);
  });

  it("ties each contact-detail word to its document within the rebuilt generation's own partitions", async () => {
    const { db } = database;
    const [state] = await db.$queryRawUnsafe<{ generation: number }[]>(
      `SELECT "activeGeneration" AS generation FROM "SearchIndexState" WHERE "indexName" = 'persons'`,
    );
    // A rebuilt generation, in partitions of its own (the first one lives in the default partitions).
    expect(state?.generation).toBeGreaterThan(1);
    const generation = state?.generation ?? 0;
    const [documentId, contactDetailId] = [crypto.randomUUID(), crypto.randomUUID()];
    const addWord = (tx: Pick<typeof db, "$executeRawUnsafe">, id: string) =>
      tx.$executeRawUnsafe(
        `INSERT INTO "SearchContactTerm" ("indexName", generation, "documentId", term, weight, "contactDetailId")
         VALUES ('persons', $1, $2::uuid, '07700900123', 10, $3::uuid)`,
        generation,
        id,
        contactDetailId,
      );
    const wordsOf = `SELECT count(*)::int AS count FROM "SearchContactTerm" WHERE "indexName" = 'persons' AND generation = $1 AND "documentId" = $2::uuid`;
    const rollback = new Error("rolled back");
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(
          `INSERT INTO "SearchDocument" ("indexName", generation, id, document, words) VALUES ('persons', $1, $2::uuid, '{}', '')`,
          generation,
          documentId,
        );
        await addWord(tx, documentId);
        expect(await tx.$queryRawUnsafe(wordsOf, generation, documentId)).toEqual([{ count: 1 }]);
        await tx.$executeRawUnsafe(
          `DELETE FROM "SearchDocument" WHERE "indexName" = 'persons' AND generation = $1 AND id = $2::uuid`,
          generation,
          documentId,
        );
        expect(await tx.$queryRawUnsafe(wordsOf, generation, documentId)).toEqual([{ count: 0 }]);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // A word for a document the generation does not have is refused.
    await expect(addWord(db, crypto.randomUUID())).rejects.toThrow(/foreign key/i);
  });

  it("projects what a property's relations hold: its children counted, its parents, its residents' alerts", async () => {
    const { db } = database;
    const estate = await makeAsset(db, { assetType: "Estate", addressLine1: "Relations Estate" });
    const block = await makeAsset(db, { assetType: "Block", addressLine1: "Relations House", parentId: estate.id });
    const home = await makeAsset(db, { addressLine1: "1 Relations House", parentId: block.id });
    await makeAsset(db, { addressLine1: "2 Relations House", parentId: block.id });
    const tenure = await makeTenure(db, { assetId: home.id });
    const writer = callerFor(db, actorWithRole("housing-manager"));
    const resident = await writer.person.create(personInput({ surname: "Relationsby" }));
    await addHouseholdMember(db, tenure.id, resident.id);
    await writer.cautionaryAlert.raise({
      targetType: "person",
      targetId: resident.id,
      alertCode: "VA",
      description: "Violent behaviour",
      startDate: "2020-01-02",
    });
    const { upserts } = await projectDocuments(db, "assets", [estate.id, block.id, home.id], todayIsoDate());
    const documentOf = (id: string) => upserts.find((doc) => doc.id === id)?.document;
    expect(documentOf(estate.id)).toMatchObject({ childrenCount: 1, parentAssets: [] });
    expect(documentOf(block.id)).toMatchObject({ childrenCount: 2, parentAssets: [{ id: estate.id }] });
    expect(documentOf(home.id)).toMatchObject({
      childrenCount: 0,
      parentAssets: [{ id: estate.id }, { id: block.id }],
      tenure: { id: tenure.id, residents: [{ id: resident.id, isCautionaryAlerted: true }] },
    });
  });

  it("answers a sample of each index's records with the document a fresh projection makes", async () => {
    const visibility = { visibleContactDetails: async () => [] };
    const today = todayIsoDate();
    for (const index of searchIndexNames) {
      const records = rebuilt[index];
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

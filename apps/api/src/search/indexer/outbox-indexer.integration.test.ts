import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { todayIsoDate } from "@housing/schemas/dates";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { systemClock } from "../../kernel/clock.ts";
import { consumerLag } from "../../outbox/outbox.repository.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "../../testing/factories.ts";
import { actorWithRole, callerFor, silentLogger } from "../../testing/test-kit.ts";
import { PostgresSearchEngine } from "../postgres/postgres-search-engine.ts";
import { projectDocuments } from "../projection/project-documents.ts";
import { projectionVersions } from "../projection/projection-version.ts";
import { buildMissingIndexes, rebuildOutdatedIndexes, rebuildSearchIndex } from "../rebuild-search-index.ts";
import type { SearchDocumentRecord, SearchEngine, SearchIndexName } from "../search-engine.port.ts";
import { searchIndexNames } from "../search-engine.port.ts";
import { createOutboxIndexer, searchIndexerConsumer } from "./outbox-indexer.ts";

let database: TestDatabase;
let engine: PostgresSearchEngine;
const officer = actorWithRole("housing-officer");
const noWait = async () => undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  engine = new PostgresSearchEngine(database.db);
});
afterAll(async () => {
  await database.drop();
});
beforeEach(async () => {
  await engine.reset();
  await database.db.outboxCheckpoint.deleteMany();
  await database.db.outboxDeadLetter.deleteMany();
  await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
});

const indexer = (search: SearchEngine = engine) =>
  createOutboxIndexer({
    db: database.db,
    search,
    logger: silentLogger,
    clock: systemClock,
    sleep: noWait,
    gapGraceMs: 0,
  });

const searchPersons = async (searchText: string) =>
  (await callerFor(database.db, officer, { search: engine }).search.persons({ searchText })).results.persons;

/** What the index holds for every entity, against what the projection makes of the tables now. */
async function indexEqualsDatabase(): Promise<void> {
  const today = todayIsoDate();
  for (const index of searchIndexNames) {
    const state = await database.db.searchIndexState.findUniqueOrThrow({ where: { indexName: index } });
    const stored = await database.db.searchDocument.findMany({
      where: { indexName: index, generation: state.activeGeneration },
    });
    const ids = stored.map((doc) => doc.id);
    const entityCounts: Record<SearchIndexName, () => Promise<number>> = {
      persons: () => database.db.person.count(),
      assets: () => database.db.asset.count(),
      tenures: () => database.db.tenure.count(),
      accounts: () => database.db.rentAccount.count(),
    };
    expect(ids.length).toBe(await entityCounts[index]());
    const { upserts } = await projectDocuments(database.db, index, ids, today);
    const expected = new Map(upserts.map((doc) => [doc.id, doc.document]));
    for (const doc of stored) expect(doc.document).toEqual(expected.get(doc.id));
  }
}

describe("the outbox indexer", () => {
  it("makes a new person searchable", async () => {
    const person = await callerFor(database.db, officer).person.create(
      personInput({ firstName: "Octavia", surname: "Quill" }),
    );
    expect(await searchPersons("quill")).toEqual([]);
    await indexer().drain();
    expect((await searchPersons("quill")).map((p) => p.id)).toEqual([person.id]);
  });

  it("fans a rename out to every document that shows the name", async () => {
    const caller = callerFor(database.db, officer);
    const person = await caller.person.create(personInput({ firstName: "Rowena", surname: "Fanshawe" }));
    const asset = await makeAsset(database.db, { addressLine1: "7 Fanout Lane" });
    const tenure = await makeTenure(database.db, { assetId: asset.id });
    await addHouseholdMember(database.db, tenure.id, person.id);
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });

    await caller.person.update({ id: person.id, version: 1, data: { surname: "Featherstone" } });
    await indexer().drain();

    const as = callerFor(database.db, officer, { search: engine }).search;
    expect((await as.persons({ searchText: "featherstone" })).results.persons.map((p) => p.id)).toEqual([person.id]);
    const tenures = await as.tenures({ searchText: "featherstone" });
    expect(tenures.results.tenures[0]?.householdMembers[0]?.fullName).toBe("Ms Rowena Featherstone");
    const assets = await as.assets({ searchText: "featherstone" });
    expect(assets.results.assets[0]?.tenure?.residents[0]?.fullName).toBe("Ms Rowena Featherstone");
    expect(await searchPersons("fanshawe")).toEqual([]);
  });

  it("keeps a rent account's document in step with its balance, its tenants' names and its address", async () => {
    const caller = callerFor(database.db, officer);
    const integration = callerFor(database.db, actorWithRole("integration-service"));
    const person = await caller.person.create(personInput({ firstName: "Ledger", surname: "Ashcombe" }));
    const asset = await makeAsset(database.db, { addressLine1: "4 Balance Row", postCode: "E9 5AB" });
    const tenure = await makeTenure(database.db, { assetId: asset.id });
    await addHouseholdMember(database.db, tenure.id, person.id);
    const account = await integration.finance.createRentAccount({ tenureId: tenure.id });
    await indexer().drain();
    const accountFound = async (lookUpType: "TenantName" | "Address", searchText: string) =>
      (
        await callerFor(database.db, officer, { search: engine }).search.accounts({ lookUpType, searchText })
      ).results.accounts.find((a) => a.id === account.id);
    expect(await accountFound("TenantName", "ashcombe")).toMatchObject({
      balance: 0,
      address: "4 Balance Row, E9 5AB",
    });

    await integration.finance.recordTransaction({
      rentAccountId: account.id,
      transactionType: "Charge",
      transactionSource: "DD",
      transactionDate: "2025-06-02",
      transactionAmount: -120.5,
    });
    const suspense = await integration.finance.recordTransaction({
      isSuspense: true,
      transactionType: "Payment",
      transactionSource: "BACS",
      transactionDate: "2025-06-03",
      transactionAmount: 20.25,
      paymentReference: "TYPO123",
    });
    const proposed = await callerFor(database.db, actorWithRole("finance-officer")).finance.proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Same sender as last month",
    });
    await callerFor(database.db, actorWithRole("finance-manager")).finance.decideSuspenseMatch({
      resolutionId: proposed.id,
      approve: true,
    });
    await caller.person.update({ id: person.id, version: 1, data: { surname: "Ashworth" } });
    await integration.asset.update({ id: asset.id, version: 1, data: { addressLine1: "6 Balance Row" } });
    await indexer().drain();

    expect(await accountFound("TenantName", "ashworth")).toMatchObject({
      balance: -100.25,
      totalBalance: -100.25,
      address: "6 Balance Row, E9 5AB",
      tenants: [{ id: person.id, fullName: "Ms Ledger Ashworth", isResponsible: true }],
    });
    expect(await accountFound("TenantName", "ashcombe")).toBeUndefined();
    expect(await accountFound("Address", "6 balance row")).toMatchObject({ balance: -100.25 });
    const [tenant] = await searchPersons("ashworth");
    expect(tenant).toMatchObject({
      totalBalance: -100.25,
      tenures: [{ id: tenure.id, rentAccountNumber: account.rentAccountNumber, totalBalance: -100.25 }],
    });
    await indexEqualsDatabase();
  });

  it("builds an index added since the database was last indexed, leaving the other indexes' events to the indexer", async () => {
    await engine.reset();
    await rebuildSearchIndex(
      { db: database.db, search: engine, clock: systemClock },
      { indexes: ["persons", "assets", "tenures"] },
    );
    expect(await engine.unbuiltIndexes()).toEqual(["accounts"]);
    const checkpoint = await database.db.outboxCheckpoint.findUnique({ where: { consumer: searchIndexerConsumer } });
    const person = await callerFor(database.db, officer).person.create(personInput({ surname: "Upgradewell" }));

    const built = await buildMissingIndexes({ db: database.db, search: engine, clock: systemClock });
    expect(Object.keys(built)).toEqual(["accounts"]);
    expect(built.accounts).toBe(await database.db.rentAccount.count());
    expect(await engine.unbuiltIndexes()).toEqual([]);
    // The person created before the build is still the indexer's to index, not skipped.
    expect(await database.db.outboxCheckpoint.findUnique({ where: { consumer: searchIndexerConsumer } })).toEqual(
      checkpoint,
    );
    await indexer().drain();
    expect((await searchPersons("upgradewell")).map((p) => p.id)).toEqual([person.id]);
    await indexEqualsDatabase();
    expect(await buildMissingIndexes({ db: database.db, search: engine, clock: systemClock })).toEqual({});
  });

  it("rebuilds, once, an index built by an older projection, and every index of an installation indexed before versions were recorded", async () => {
    const generationOf = async (index: SearchIndexName) =>
      (await database.db.searchIndexState.findUniqueOrThrow({ where: { indexName: index } })).activeGeneration;
    const deps = { db: database.db, search: engine, clock: systemClock };
    expect(await rebuildOutdatedIndexes(deps)).toEqual({});

    await database.db.searchProjectionVersion.update({
      where: { indexName: "tenures" },
      data: { version: projectionVersions.tenures - 1 },
    });
    const before = await generationOf("tenures");
    // Not before the server answers: the old documents answer until the rebuild swaps.
    expect(await buildMissingIndexes(deps)).toEqual({});
    const built = await rebuildOutdatedIndexes(deps);
    expect(built).toEqual({ tenures: await database.db.tenure.count() });
    expect(await generationOf("tenures")).toBe(before + 1);
    expect(await rebuildOutdatedIndexes(deps)).toEqual({});

    await database.db.searchProjectionVersion.deleteMany();
    expect(Object.keys(await rebuildOutdatedIndexes(deps))).toEqual([...searchIndexNames]);
    const versions = await database.db.searchProjectionVersion.findMany({ orderBy: { indexName: "asc" } });
    expect(versions.map((row) => [row.indexName, row.version])).toEqual(
      [...searchIndexNames].sort().map((index) => [index, projectionVersions[index]]),
    );
    await indexEqualsDatabase();
  });

  it("counts an index whose first rebuild died as not built", async () => {
    await engine.reset();
    await expect(
      engine.rebuild("accounts", async () => {
        throw new Error("killed while loading");
      }),
    ).rejects.toThrow("killed while loading");
    expect(await engine.unbuiltIndexes()).toEqual(["persons", "assets", "tenures", "accounts"]);
  });

  it("survives being killed mid-batch: after a restart the index equals the database", async () => {
    const caller = callerFor(database.db, officer);
    for (let i = 0; i < 5; i += 1) await caller.person.create(personInput({ firstName: `Crash${i}` }));
    let writes = 0;
    const dying: SearchEngine = Object.create(engine, {
      write: {
        value: async (
          index: SearchIndexName,
          upserts: readonly SearchDocumentRecord[],
          removals: readonly string[],
        ) => {
          writes += 1;
          await engine.write(index, upserts, removals);
          if (writes === 1) throw new Error("killed after writing, before the checkpoint");
        },
      },
    }) as SearchEngine;
    // The "killed" process never saves its checkpoint; it parks nothing because it dies first.
    const killed = createOutboxIndexer({
      db: database.db,
      search: dying,
      logger: silentLogger,
      clock: systemClock,
      sleep: async () => {
        throw new Error("process killed");
      },
    });
    await expect(killed.runOnce()).rejects.toThrow("process killed");
    expect(await database.db.outboxDeadLetter.count()).toBe(0);

    await indexer().drain();
    await indexEqualsDatabase();
    expect((await consumerLag(database.db, searchIndexerConsumer)).pending).toBe(0);
  });

  it("parks a poison event in the dead-letter table with its error and carries on with the rest", async () => {
    const caller = callerFor(database.db, officer);
    const poison = await caller.person.create(personInput({ firstName: "Poison" }));
    const healthy = await caller.person.create(personInput({ firstName: "Healthy", surname: "Afterwards" }));
    const rejecting: SearchEngine = Object.create(engine, {
      write: {
        value: async (
          index: SearchIndexName,
          upserts: readonly SearchDocumentRecord[],
          removals: readonly string[],
        ) => {
          if (upserts.some((doc) => doc.id === poison.id)) throw new Error("mapping rejected the document");
          await engine.write(index, upserts, removals);
        },
      },
    }) as SearchEngine;
    await indexer(rejecting).drain();

    const parked = await database.db.outboxDeadLetter.findMany();
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({
      consumer: searchIndexerConsumer,
      error: "mapping rejected the document",
      attempts: 3,
    });
    expect((await searchPersons("afterwards")).map((p) => p.id)).toEqual([healthy.id]);
    expect((await consumerLag(database.db, searchIndexerConsumer)).pending).toBe(0);
  });

  it("a full rebuild swaps in a new generation while the old one answers", async () => {
    const person = await callerFor(database.db, officer).person.create(personInput({ surname: "Rebuilder" }));
    await indexer().drain();
    const before = await database.db.searchIndexState.findUniqueOrThrow({ where: { indexName: "persons" } });
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
    const after = await database.db.searchIndexState.findUniqueOrThrow({ where: { indexName: "persons" } });
    expect(after.activeGeneration).toBe(before.activeGeneration + 1);
    expect(after.buildingGeneration).toBeNull();
    expect((await searchPersons("rebuilder")).map((p) => p.id)).toEqual([person.id]);
    expect(
      await database.db.searchDocument.count({ where: { indexName: "persons", generation: before.activeGeneration } }),
    ).toBe(0);
    await indexEqualsDatabase();
  });
});

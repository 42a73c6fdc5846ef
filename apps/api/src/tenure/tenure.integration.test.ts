import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { makeTenureType, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, drainOutbox, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
const integration = () => callerFor(database.db, actorWithRole("integration-service"));
const housing = () => callerFor(database.db, actorWithRole("housing-officer"));
let sequence = 0;
const reference = () => `${70_000_000 + (sequence += 1)}`;

beforeAll(async () => {
  database = await createTestDatabase();
  await makeTenureType(database.db, "SEC", "Tenancy");
  await makeTenureType(database.db, "LEA", "Leasehold");
  await makeTenureType(database.db, "FRE", "Freehold");
});
afterAll(async () => {
  await database.drop();
});

async function estateBlockDwelling() {
  const estate = await integration().asset.create({
    assetType: "Estate",
    propertyReference: reference(),
    name: "Kings Estate",
    addressLine1: "Kings Estate",
  });
  const block = await integration().asset.create({
    assetType: "Block",
    propertyReference: reference(),
    name: "Queens House",
    parentId: estate.id,
    addressLine1: "Queens House",
    addressLine2: "Crown Road",
    postCode: "N1 6AB",
  });
  const dwelling = await integration().asset.create({
    assetType: "Dwelling",
    propertyReference: reference(),
    parentId: block.id,
    uprn: "100099887766",
    addressLine1: "Flat 4, Queens House",
    addressLine2: "Crown Road",
    postCode: "N1 6AB",
    bedrooms: 2,
    isRightToBuy: true,
  });
  return { estate, block, dwelling };
}

describe("tenures and assets from other council systems", () => {
  it("places a dwelling in its estate and block, with its characteristics and flags", async () => {
    const { estate, block, dwelling } = await estateBlockDwelling();
    expect(dwelling.ancestors.map((a) => a.id)).toEqual([estate.id, block.id]);
    expect(dwelling).toMatchObject({
      characteristics: { bedrooms: 2 },
      management: { isRightToBuy: true },
      currentTenure: null,
    });
    expect((await housing().asset.get({ id: block.id })).childrenCount).toBe(1);
  });

  it("derives person types from household membership, and back when a member leaves", async () => {
    const { dwelling } = await estateBlockDwelling();
    const lease = await integration().tenure.create({
      paymentReference: reference(),
      tenureTypeCode: "LEA",
      assetId: dwelling.id,
      startOfTenureDate: "2019-04-01",
    });
    const person = await housing().person.create(personInput());
    const withMember = await integration().tenure.addHouseholdMember({
      tenureId: lease.id,
      personId: person.id,
      isResponsible: true,
    });
    expect(withMember.householdMembers).toMatchObject([
      { id: person.id, personTenureType: "Leaseholder", isResponsible: true },
    ]);
    expect((await housing().person.get({ id: person.id })).personTypes).toEqual(["Leaseholder"]);

    const secure = await integration().tenure.create({
      paymentReference: reference(),
      tenureTypeCode: "SEC",
      assetId: (await estateBlockDwelling()).dwelling.id,
      startOfTenureDate: "2020-01-01",
    });
    await integration().tenure.addHouseholdMember({ tenureId: secure.id, personId: person.id, isResponsible: false });
    expect((await housing().person.get({ id: person.id })).personTypes).toEqual(["Leaseholder", "HouseholdMember"]);

    await integration().tenure.removeHouseholdMember({ tenureId: lease.id, personId: person.id });
    const after = await housing().person.get({ id: person.id });
    expect(after.personTypes).toEqual(["HouseholdMember"]);
    const events = await database.db.domainEvent.findMany({
      where: { entityId: person.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.at(-1)).toMatchObject({
      eventType: "PersonUpdatedEvent",
      newData: { personTypes: ["HouseholdMember"] },
    });
  });

  it("makes a responsible freehold member a Freeholder", async () => {
    const { dwelling } = await estateBlockDwelling();
    const freehold = await integration().tenure.create({
      paymentReference: reference(),
      tenureTypeCode: "FRE",
      assetId: dwelling.id,
      startOfTenureDate: "2010-01-01",
    });
    const person = await housing().person.create(personInput());
    await integration().tenure.addHouseholdMember({ tenureId: freehold.id, personId: person.id, isResponsible: true });
    expect((await housing().person.get({ id: person.id })).personTypes).toEqual(["Freeholder"]);
  });

  it("refuses an unknown tenure type, a taken payment reference, an end before the start and a stale version", async () => {
    const { dwelling } = await estateBlockDwelling();
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => "ok",
        (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
      );
    const paymentReference = reference();
    expect(
      await codeOf(
        integration().tenure.create({
          paymentReference,
          tenureTypeCode: "XYZ",
          assetId: dwelling.id,
          startOfTenureDate: "2020-01-01",
        }),
      ),
    ).toBe("BAD_REQUEST");
    const tenure = await integration().tenure.create({
      paymentReference,
      tenureTypeCode: "SEC",
      assetId: dwelling.id,
      startOfTenureDate: "2020-01-01",
    });
    expect(
      await codeOf(
        integration().tenure.create({
          paymentReference,
          tenureTypeCode: "SEC",
          assetId: dwelling.id,
          startOfTenureDate: "2020-01-01",
        }),
      ),
    ).toBe("CONFLICT");
    expect(
      await codeOf(integration().tenure.update({ id: tenure.id, version: 1, data: { endOfTenureDate: "2019-01-01" } })),
    ).toBe("BAD_REQUEST");
    await integration().tenure.update({
      id: tenure.id,
      version: 1,
      data: { endOfTenureDate: "2024-03-31", terminationReason: "Moved out" },
    });
    expect(
      await codeOf(integration().tenure.update({ id: tenure.id, version: 1, data: { endOfTenureDate: null } })),
    ).toBe("CONFLICT");
    expect(
      await codeOf(
        callerFor(database.db, actorWithRole("finance-officer")).tenure.create({
          paymentReference: reference(),
          tenureTypeCode: "SEC",
          assetId: dwelling.id,
          startOfTenureDate: "2020-01-01",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("indexes a new tenure and its household through the outbox", async () => {
    const engine = new PostgresSearchEngine(database.db);
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
    const { dwelling } = await estateBlockDwelling();
    const tenure = await integration().tenure.create({
      paymentReference: reference(),
      tenureTypeCode: "SEC",
      assetId: dwelling.id,
      startOfTenureDate: "2022-05-01",
    });
    const person = await housing().person.create(personInput({ firstName: "Indexa", surname: "Outboxley" }));
    await integration().tenure.addHouseholdMember({ tenureId: tenure.id, personId: person.id, isResponsible: true });
    await drainOutbox(database.db, engine);
    const search = callerFor(database.db, actorWithRole("housing-officer"), { search: engine }).search;
    const tenures = await search.tenures({ searchText: "outboxley" });
    expect(tenures.results.tenures.map((t) => t.id)).toEqual([tenure.id]);
    const assets = await search.assets({ searchText: "outboxley" });
    expect(assets.results.assets[0]?.tenure?.residents.map((r) => r.id)).toEqual([person.id]);
  });

  it("answers an id that is already taken with a conflict naming it, over tRPC and REST", async () => {
    const { dwelling } = await estateBlockDwelling();
    const again = { assetType: "Dwelling" as const, propertyReference: reference(), addressLine1: "2 Crown Road" };
    await expect(integration().asset.create({ ...again, id: dwelling.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Another record already has this id",
    });
    const server = await startTestServer(database.db);
    try {
      const token = await server.tokenFor("integration-service");
      const response = await fetch(`${server.url}/api/v1/assets`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ ...again, id: dwelling.id }),
      });
      expect(response.status).toBe(409);
      expect(await response.json()).toMatchObject({
        code: "Conflict",
        fieldErrors: [{ path: "id", message: "Another record already has this id" }],
      });
    } finally {
      await server.stop();
    }
  });

  it("answers the REST routes with status codes and ETags", async () => {
    const server = await startTestServer(database.db);
    try {
      const token = await server.tokenFor("integration-service");
      const { dwelling } = await estateBlockDwelling();
      const created = await fetch(`${server.url}/api/v1/tenures`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({
          paymentReference: reference(),
          tenureTypeCode: "SEC",
          assetId: dwelling.id,
          startOfTenureDate: "2021-01-01",
        }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get("etag")).toBe('"1"');
      const id = ((await created.json()) as { id: string }).id;
      const patched = await fetch(`${server.url}/api/v1/tenures/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ endOfTenureDate: "2025-01-01" }),
      });
      expect(patched.status).toBe(409);
      const asset = await fetch(`${server.url}/api/v1/assets/${dwelling.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(asset.status).toBe(200);
      expect(
        (
          await fetch(`${server.url}/api/v1/tenures/6d1f4e0a-0000-4000-8000-000000000000`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status,
      ).toBe(404);
      // A change to a tenure there is not answers 404, and the API's description says so.
      const missing = await fetch(`${server.url}/api/v1/tenures/6d1f4e0a-0000-4000-8000-000000000000`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "if-match": '"1"' },
        body: JSON.stringify({ endOfTenureDate: "2025-01-01" }),
      });
      expect(missing.status).toBe(404);
      const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      const patch = openApi.paths["/api/v1/tenures/{id}"]?.patch;
      expect(Object.keys(patch?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "409"]));
    } finally {
      await server.stop();
    }
  });
});

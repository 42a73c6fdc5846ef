import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { makeTenure, makeTenureType } from "../testing/factories.ts";
import { actorWithRole, callerFor, drainOutbox, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
const as = (role: TRole) => callerFor(database.db, actorWithRole(role));
let sequence = 0;
const reference = () => `${71_000_000 + (sequence += 1)}`;

beforeAll(async () => {
  database = await createTestDatabase();
  await makeTenureType(database.db, "SEC", "Tenancy");
  server = await startTestServer(database.db);
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function estateBlockDwelling() {
  const estate = await as("integration-service").asset.create({
    assetType: "Estate",
    propertyReference: reference(),
    name: "Larch Estate",
    addressLine1: "Larch Estate",
  });
  const block = await as("integration-service").asset.create({
    assetType: "Block",
    propertyReference: reference(),
    name: "Rowan House",
    parentId: estate.id,
    addressLine1: "Rowan House",
    postCode: "E9 6AB",
  });
  const dwelling = await as("integration-service").asset.create({
    assetType: "Dwelling",
    propertyReference: reference(),
    parentId: block.id,
    uprn: "100011112222",
    addressLine1: "Flat 2, Rowan House",
    addressLine2: "Elm Lane",
    postCode: "E9 6AB",
    rentGroup: "HRA",
    isRightToBuy: true,
  });
  return { estate, block, dwelling };
}

async function patch(role: TRole, id: string, body: unknown, ifMatch = '"1"') {
  const response = await fetch(`${server.url}/api/v1/assets/${id}`, {
    method: "PATCH",
    headers: {
      authorization: `Bearer ${await server.tokenFor(role)}`,
      "content-type": "application/json",
      "if-match": ifMatch,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("editing a property's address and management flags", () => {
  it("lets a housing manager change the address and flags, normalising the postcode and leaving other flags alone", async () => {
    const { dwelling } = await estateBlockDwelling();
    const saved = await patch("housing-manager", dwelling.id, {
      addressLine1: "Flat 2A, Rowan House",
      addressLine2: "",
      postCode: "e9 7zz",
      uprn: "100011113333",
      isVoid: true,
      rentGroup: "GEN",
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      uprn: "100011113333",
      assetAddress: { addressLine1: "Flat 2A, Rowan House", addressLine2: null, postCode: "E9 7ZZ" },
      management: { isVoid: true, isLettable: true, isNewBuild: false, isRightToBuy: true, rentGroup: "GEN" },
      version: 2,
    });
    const admin = await as("admin").asset.update({ id: dwelling.id, version: 2, data: { rentGroup: null } });
    expect(admin.management).toMatchObject({ rentGroup: null, isVoid: true, isRightToBuy: true });
  });

  it("refuses housing officers and finance staff with 403, and writes nothing", async () => {
    const { dwelling } = await estateBlockDwelling();
    for (const role of ["housing-officer", "finance-manager"] as const) {
      expect((await patch(role, dwelling.id, { isVoid: true })).status).toBe(403);
      await expect(
        as(role).asset.update({ id: dwelling.id, version: 1, data: { addressLine1: "1 Nowhere" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await as("housing-officer").asset.get({ id: dwelling.id })).toMatchObject({ version: 1 });
  });

  it("answers a bad UPRN or postcode with 400 naming the field, with the contact-details rules' words", async () => {
    const { dwelling } = await estateBlockDwelling();
    const badUprn = await patch("housing-manager", dwelling.id, { uprn: "12-34" });
    expect(badUprn.status).toBe(400);
    expect(badUprn.body.fieldErrors).toEqual([{ path: "uprn", message: "A UPRN is up to 12 digits" }]);
    const badPostcode = await patch("housing-manager", dwelling.id, { postCode: "E9" });
    expect(badPostcode.status).toBe(400);
    expect(badPostcode.body.fieldErrors).toEqual([
      { path: "postCode", message: "Enter a real UK postcode, like E8 1DY" },
    ]);
  });

  it("refuses a stale version with 409 and writes nothing", async () => {
    const { dwelling } = await estateBlockDwelling();
    expect((await patch("housing-manager", dwelling.id, { isVoid: true })).status).toBe(200);
    const stale = await patch("housing-manager", dwelling.id, { addressLine1: "Flat 9, Rowan House" });
    expect(stale.status).toBe(409);
    expect(await as("housing-officer").asset.get({ id: dwelling.id })).toMatchObject({
      version: 2,
      assetAddress: { addressLine1: "Flat 2, Rowan House" },
    });
  });

  it("shows the new address on the dwelling's and its tenure's search documents once the indexer has run", async () => {
    const search = new PostgresSearchEngine(database.db);
    await rebuildSearchIndex({ db: database.db, search, clock: systemClock });
    const { dwelling } = await estateBlockDwelling();
    const tenure = await makeTenure(database.db, { assetId: dwelling.id });
    await drainOutbox(database.db, search);
    await as("housing-manager").asset.update({
      id: dwelling.id,
      version: 1,
      data: { addressLine1: "Flat 2, Quillonby House", postCode: "E9 7QQ" },
    });
    await drainOutbox(database.db, search);
    const officer = callerFor(database.db, actorWithRole("housing-officer"), { search }).search;
    const assets = await officer.assets({ searchText: "quillonby" });
    expect(assets.results.assets.map((a) => [a.id, a.fullAddress])).toEqual([
      [dwelling.id, expect.stringContaining("Flat 2, Quillonby House")],
    ]);
    const tenures = await officer.tenures({ searchText: "quillonby" });
    expect(tenures.results.tenures.map((t) => [t.id, t.tenuredAsset.fullAddress])).toEqual([
      [tenure.id, expect.stringContaining("E9 7QQ")],
    ]);
  });
});

describe("a property's activity history", () => {
  it("lists the property's changes and its alerts, newest first, a page at a time, over tRPC and REST", async () => {
    const { dwelling } = await estateBlockDwelling();
    await as("housing-manager").asset.update({
      id: dwelling.id,
      version: 1,
      data: { postCode: "E9 7AA", isVoid: true },
    });
    const alert = { targetType: "asset", targetId: dwelling.id, alertCode: "SAF", startDate: "2024-02-01" } as const;
    await as("housing-manager").cautionaryAlert.raise({ ...alert, description: "Dog on the premises" });
    const page = await as("housing-officer").asset.activity({ id: dwelling.id, page: 1, pageSize: 2 });
    expect(page.total).toBe(3);
    expect(page.results.map((event) => event.eventType)).toEqual(["CautionaryAlertRaisedEvent", "AssetUpdatedEvent"]);
    expect(page.results[1]?.changes).toHaveLength(2);
    expect(page.results[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: "postCode", oldValue: "E9 6AB", newValue: "E9 7AA" },
        { field: "isVoid", oldValue: false, newValue: true },
      ]),
    );
    const response = await fetch(`${server.url}/api/v1/assets/${dwelling.id}/activity?page=2&pageSize=2`, {
      headers: { authorization: `Bearer ${await server.tokenFor("housing-officer")}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: 3, results: [{ eventType: "AssetCreatedEvent" }] });
    const unknown = `/api/v1/assets/5d2c8e4a-0000-4000-8000-000000000000/activity`;
    const missing = await fetch(`${server.url}${unknown}`, {
      headers: { authorization: `Bearer ${await server.tokenFor("housing-officer")}` },
    });
    expect(missing.status).toBe(404);
  });
});

describe("the estate → block → dwelling hierarchy", () => {
  it("refuses, naming the field, a dwelling moved into a dwelling, an estate into a block and a block that would stop fitting its dwellings", async () => {
    const { estate, block, dwelling } = await estateBlockDwelling();
    const other = await estateBlockDwelling();
    const manager = as("housing-manager");
    await expect(
      manager.asset.update({ id: dwelling.id, version: 1, data: { parentId: other.dwelling.id } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("cannot sit in a Dwelling") });
    await expect(
      manager.asset.update({ id: estate.id, version: 1, data: { parentId: other.block.id } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "An estate cannot sit in another asset" });
    const typeChange = await patch("housing-manager", block.id, { assetType: "Dwelling" });
    expect(typeChange.status).toBe(400);
    expect(typeChange.body.fieldErrors).toEqual([
      { path: "data.assetType", message: "A Dwelling cannot hold the Dwelling assets it holds" },
    ]);
    const moved = await manager.asset.update({ id: dwelling.id, version: 1, data: { parentId: other.block.id } });
    expect(moved.ancestors.map((a) => a.id)).toEqual([other.estate.id, other.block.id]);
  });

  it("is held by the database for writes that do not go through the API", async () => {
    const { block, dwelling } = await estateBlockDwelling();
    await expect(
      database.db.asset.update({ where: { id: block.id }, data: { parentId: dwelling.id } }),
    ).rejects.toThrow(/cannot sit in/);
    await expect(database.db.asset.update({ where: { id: block.id }, data: { assetType: "Garage" } })).rejects.toThrow(
      /cannot hold/,
    );
  });
});

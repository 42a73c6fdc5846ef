import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockOnDay, systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, drainOutbox } from "../testing/test-kit.ts";

// The product's clock is on a fixed day, so "current" never depends on when the test runs.
const today = "2026-06-15";
const clock = clockOnDay(today);

let database: TestDatabase;
const as = (role: TRole) => callerFor(database.db, actorWithRole(role), { clock });
const manager = () => as("housing-manager");

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
  );

async function newPerson() {
  return (await manager().person.create(personInput())).id;
}

function alertOn(targetType: "person" | "tenure" | "asset", targetId: string, fields: Record<string, string> = {}) {
  return {
    targetType,
    targetId,
    alertCode: "VA" as const,
    description: "Shouted at the repairs team on 3 June",
    startDate: "2026-06-01",
    ...fields,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("raising an alert", () => {
  it("raises an alert on a person, tenure or property, current from its start date, with its type in words", async () => {
    const personId = await newPerson();
    const tenure = await makeTenure(database.db);
    const asset = await makeAsset(database.db);
    const onPerson = await manager().cautionaryAlert.raise(alertOn("person", personId));
    expect(onPerson).toMatchObject({
      targetType: "person",
      targetId: personId,
      alertCode: "VA",
      alertType: "Verbal abuse or threat of violence",
      startDate: "2026-06-01",
      endDate: null,
      isCurrent: true,
      version: 1,
      createdBy: { name: "Test housing manager" },
    });
    const onTenure = await manager().cautionaryAlert.raise(alertOn("tenure", tenure.id, { alertCode: "ASB" }));
    const onAsset = await manager().cautionaryAlert.raise(alertOn("asset", asset.id, { alertCode: "DOG" }));
    expect([onTenure.targetType, onAsset.targetType]).toEqual(["tenure", "asset"]);
    expect(
      (await as("housing-officer").cautionaryAlert.list({ targetType: "asset", targetId: asset.id })).results,
    ).toHaveLength(1);
  });

  it("refuses a target that does not exist, naming targetId, and an unknown target type", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(manager().cautionaryAlert.raise(alertOn("tenure", missing))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `No tenure has the id ${missing}`,
    });
    expect(await outcome(manager().cautionaryAlert.list({ targetType: "person", targetId: missing }))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses an end date before the start date and a start date after today", async () => {
    const personId = await newPerson();
    expect(await outcome(manager().cautionaryAlert.raise(alertOn("person", personId, { endDate: "2026-05-31" })))).toBe(
      "BAD_REQUEST",
    );
    await expect(
      manager().cautionaryAlert.raise(alertOn("person", personId, { startDate: "2026-06-16" })),
    ).rejects.toThrow("The start date must be today or in the past");
  });

  it("lets only CAUTIONARY_ALERT_ROLES raise and end, while every member of staff reads", async () => {
    const personId = await newPerson();
    expect(await outcome(as("housing-officer").cautionaryAlert.raise(alertOn("person", personId)))).toBe("FORBIDDEN");
    const alert = await manager().cautionaryAlert.raise(alertOn("person", personId));
    expect(await outcome(as("finance-officer").cautionaryAlert.end({ id: alert.id, version: 1, endDate: today }))).toBe(
      "FORBIDDEN",
    );
    const read = await as("finance-officer").cautionaryAlert.list({ targetType: "person", targetId: personId });
    expect(read).toMatchObject({ mayRaiseAndEnd: false, results: [{ id: alert.id, isCurrent: true }] });
    const officers = callerFor(database.db, actorWithRole("housing-officer"), {
      clock,
      access: { equalityDataRoles: ["admin"], cautionaryAlertRoles: ["housing-officer"] },
    });
    expect((await officers.cautionaryAlert.list({ targetType: "person", targetId: personId })).mayRaiseAndEnd).toBe(
      true,
    );
    expect(await outcome(officers.cautionaryAlert.raise(alertOn("person", personId)))).toBe("ok");
  });
});

describe("listing and ending alerts", () => {
  it("lists current alerts first, then ended ones, and an alert ended today is no longer current", async () => {
    const personId = await newPerson();
    const ended = await manager().cautionaryAlert.raise(
      alertOn("person", personId, { startDate: "2025-01-01", endDate: "2025-06-01", alertCode: "PV" }),
    );
    const older = await manager().cautionaryAlert.raise(alertOn("person", personId, { startDate: "2024-01-01" }));
    const recent = await manager().cautionaryAlert.raise(alertOn("person", personId, { startDate: "2026-06-10" }));
    const target = { targetType: "person" as const, targetId: personId };
    const ids = async () => (await manager().cautionaryAlert.list(target)).results.map((a) => [a.id, a.isCurrent]);
    expect(await ids()).toEqual([
      [recent.id, true],
      [older.id, true],
      [ended.id, false],
    ]);

    const endedToday = await manager().cautionaryAlert.end({
      id: recent.id,
      version: 1,
      endDate: today,
      endReason: "Raised against the wrong person",
    });
    expect(endedToday).toMatchObject({
      endDate: today,
      endReason: "Raised against the wrong person",
      isCurrent: false,
      version: 2,
      endedBy: { name: "Test housing manager" },
    });
    expect(await ids()).toEqual([
      [older.id, true],
      [recent.id, false],
      [ended.id, false],
    ]);
  });

  it("refuses a stale version with 409, an ended alert with a clear 409, and bad end dates with 400", async () => {
    const personId = await newPerson();
    const alert = await manager().cautionaryAlert.raise(alertOn("person", personId));
    const end = (fields: { version: number; endDate: string }) =>
      outcome(manager().cautionaryAlert.end({ id: alert.id, ...fields }));
    expect(await end({ version: 1, endDate: "2026-05-31" })).toBe("BAD_REQUEST");
    expect(await end({ version: 1, endDate: "2026-06-16" })).toBe("BAD_REQUEST");
    expect(await end({ version: 2, endDate: today })).toBe("CONFLICT");
    expect(await end({ version: 1, endDate: today })).toBe("ok");
    await expect(manager().cautionaryAlert.end({ id: alert.id, version: 2, endDate: today })).rejects.toThrow(
      "This alert already ended on 2026-06-15",
    );
  });

  it("the database refuses an alert with two targets or none, and one ending before it starts", async () => {
    const personId = await newPerson();
    const asset = await makeAsset(database.db);
    const row = { alertCode: "VA", description: "x", startDate: new Date("2026-01-02"), createdBy: {} };
    await expect(
      database.db.cautionaryAlert.create({ data: { ...row, personId, assetId: asset.id } }),
    ).rejects.toThrow();
    await expect(database.db.cautionaryAlert.create({ data: row })).rejects.toThrow();
    await expect(
      database.db.cautionaryAlert.create({ data: { ...row, personId, endDate: new Date("2026-01-01") } }),
    ).rejects.toThrow();
  });
});

describe("events", () => {
  it("raising and ending show in the person's activity history", async () => {
    const personId = await newPerson();
    const alert = await manager().cautionaryAlert.raise(alertOn("person", personId, { alertCode: "CV" }));
    await manager().cautionaryAlert.end({ id: alert.id, version: 1, endDate: today, endReason: "Resolved" });
    const activity = await as("housing-officer").person.activity({ id: personId, page: 1, pageSize: 10 });
    expect(activity.results.slice(0, 2)).toEqual([
      expect.objectContaining({
        eventType: "CautionaryAlertEndedEvent",
        subject: "No lone visits",
        changes: expect.arrayContaining([{ field: "endDate", oldValue: null, newValue: today }]) as unknown,
      }),
      expect.objectContaining({ eventType: "CautionaryAlertRaisedEvent", subject: "No lone visits" }),
    ]);
  });

  it("the indexer sets and clears the search flags of the person, their tenure's household, the tenure and the property", async () => {
    const engine = new PostgresSearchEngine(database.db);
    await rebuildSearchIndex({ db: database.db, search: engine, clock: systemClock });
    const writer = callerFor(database.db, actorWithRole("housing-manager"));
    const personId = (await writer.person.create(personInput({ surname: "Flagworthy" }))).id;
    const tenant = (await writer.person.create(personInput({ surname: "Flagneighbour" }))).id;
    const asset = await makeAsset(database.db, { addressLine1: "7 Flagstaff Road" });
    const tenure = await makeTenure(database.db, { assetId: asset.id });
    await addHouseholdMember(database.db, tenure.id, tenant);
    const search = callerFor(database.db, actorWithRole("housing-officer"), { search: engine }).search;
    const flags = async () => {
      await drainOutbox(database.db, engine);
      const persons = (await search.persons({ searchText: "Flagworthy" })).results.persons;
      const tenants = (await search.persons({ searchText: "Flagneighbour" })).results.persons;
      const assets = (await search.assets({ searchText: "Flagstaff" })).results.assets;
      const tenures = (await search.tenures({ searchText: "Flagstaff" })).results.tenures;
      return [
        persons[0]?.isPersonCautionaryAlerted,
        tenants[0]?.isTenureCautionaryAlerted,
        assets[0]?.isAssetCautionaryAlerted,
        tenures[0]?.isTenureCautionaryAlerted,
      ];
    };
    const raise = (targetType: "person" | "tenure" | "asset", targetId: string) =>
      writer.cautionaryAlert.raise({ ...alertOn(targetType, targetId), startDate: "2020-01-01" });

    const onPerson = await raise("person", personId);
    await raise("tenure", tenure.id);
    await raise("asset", asset.id);
    expect(await flags()).toEqual([true, true, true, true]);
    await writer.cautionaryAlert.end({ id: onPerson.id, version: 1, endDate: "2020-01-01" });
    expect((await flags())[0]).toBe(false);
  });
});

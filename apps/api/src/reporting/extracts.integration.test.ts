import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHouseholdMember, makeAsset, makeTenure } from "../testing/factories.ts";
import {
  type ExtractRecord,
  csvRecords,
  extractClient,
  extractEntities,
  fetchExtract,
  jsonLines,
  loadJson,
} from "../testing/extract-client.ts";
import { startTestServer } from "../testing/test-kit.ts";
import { extractBatchSize } from "./extract-stream.ts";

const by = { id: "test", name: "Test", email: "test@example.org" };
// More persons than one keyset batch holds, so the stream is proven to join batches.
const personCount = extractBatchSize + 150;

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let getExtract: ReturnType<typeof extractClient>;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  server = await startTestServer(db);
  getExtract = extractClient(server);
  await db.person.createMany({
    data: Array.from({ length: personCount }, (_, index) => ({
      personRef: 600_000 + index,
      firstName: index === 0 ? 'Jo "JJ", Jr' : `Loader${index}`,
      surname: "Extract",
      dateOfBirth: new Date("1980-02-29"),
      personTypes: index % 3 === 0 ? ["Tenant" as const, "Leaseholder" as const] : ["HouseholdMember" as const],
      reason: "Extract test",
      createdBy: by,
      modifiedBy: by,
    })),
  });
  const persons = await db.person.findMany({ select: { id: true }, take: 6, orderBy: { personRef: "asc" } });
  const block = await makeAsset(db, { addressLine1: "Ledger Court", assetType: "Block" });
  for (const [index, person] of persons.entries()) {
    const flat = await makeAsset(db, { addressLine1: `Flat ${index + 1}, Ledger Court`, parentId: block.id });
    const tenure = await makeTenure(db, { assetId: flat.id });
    await addHouseholdMember(db, tenure.id, person.id, true);
    const account = await db.rentAccount.create({
      data: { tenureId: tenure.id, rentAccountNumber: `EXT${index}`, balance: "-12.50", createdBy: by, modifiedBy: by },
    });
    await db.charge.create({
      data: {
        rentAccountId: account.id,
        chargeType: "DwellingRent",
        chargeCode: "DWR",
        description: "Rent",
        weeklyAmount: "101.25",
        startDate: new Date("2024-04-01"),
        createdBy: by,
      },
    });
    await db.transaction.create({
      data: {
        rentAccountId: account.id,
        transactionType: "Payment",
        transactionSource: "DD",
        transactionDate: new Date("2024-04-08"),
        transactionAmount: "88.75",
        paidAmount: "88.75",
        periodNo: 1,
        financialYear: 2024,
        financialMonth: 1,
        paymentReference: `PAY${index}`,
        fund: "HRA",
        createdBy: by,
        modifiedBy: by,
      },
    });
    await db.contactDetail.create({
      data: {
        targetId: person.id,
        targetType: "person",
        contactType: "email",
        subType: "home",
        value: `person${index}@example.org`,
        serviceArea: "housing",
        createdBy: by,
        modifiedBy: by,
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const idsOf = (records: readonly { id?: unknown }[]) => records.map((record) => String(record.id));
const sorted = (ids: readonly string[]) => [...ids].sort();

async function databaseIds(entity: string): Promise<string[]> {
  const { db } = database;
  const select = { select: { id: true } } as const;
  const byEntity: Record<string, () => Promise<{ id: string }[]>> = {
    persons: () => db.person.findMany(select),
    "contact-details": () => db.contactDetail.findMany(select),
    assets: () => db.asset.findMany(select),
    tenures: () => db.tenure.findMany(select),
    "rent-accounts": () => db.rentAccount.findMany(select),
    charges: () => db.charge.findMany(select),
    transactions: () => db.transaction.findMany(select),
    "household-members": async () =>
      (await db.householdMember.findMany()).map((m) => ({ id: `${m.tenureId}:${m.personId}` })),
  };
  const read = byEntity[entity];
  if (!read) throw new Error(`No reader for ${entity}`);
  return sorted(idsOf(await read()));
}

const entities = extractEntities;

describe("reporting extracts", () => {
  it.each(entities)("the %s extract holds every record once, in id order, in JSON lines and in CSV", async (entity) => {
    const expected = await databaseIds(entity);
    const json = await getExtract(entity);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(new Date(json.asOf).toISOString()).toBe(json.asOf);
    const records = jsonLines(json.text);
    expect(idsOf(records)).toEqual(expected);
    const csv = await getExtract(entity, { format: "csv" });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="${entity}.csv"`);
    const rows = csvRecords(csv.text);
    expect(idsOf(rows)).toEqual(expected);
    // The same values in both formats: a CSV cell is the JSON value as text (empty for null).
    for (const [index, record] of records.entries()) {
      for (const [name, value] of Object.entries(record)) {
        if (Array.isArray(value)) continue;
        expect(rows[index]?.[name]).toBe(value === null ? "" : String(value));
      }
    }
  });

  it("a person's types are an array in JSON and one true/false column per type in CSV", async () => {
    const json = jsonLines((await getExtract("persons")).text).find((p) => p.firstName === 'Jo "JJ", Jr');
    expect(json).toMatchObject({ personTypes: ["Tenant", "Leaseholder"], dateOfBirth: "1980-02-29" });
    const csv = csvRecords((await getExtract("persons", { format: "csv" })).text).find((p) => p.id === json?.id);
    expect(csv).toMatchObject({ isTenant: "true", isLeaseholder: "true", isHouseholdMember: "false" });
    expect(csv).not.toHaveProperty("personTypes");
  });

  it("money comes as numbers of pounds, as the finance API gives it", async () => {
    const [account] = (await loadJson(getExtract, "rent-accounts")).records;
    const [charge] = (await loadJson(getExtract, "charges")).records;
    const [payment] = (await loadJson(getExtract, "transactions")).records;
    expect(account?.balance).toBe(-12.5);
    expect(charge?.weeklyAmount).toBe(101.25);
    expect(payment).toMatchObject({ transactionAmount: 88.75, isSuspense: false, suspenseResolutionStatus: null });
  });

  it("the ids of related records join across the extracts", async () => {
    const load = async (entity: string) => (await loadJson(getExtract, entity)).records;
    const ids = async (entity: string) => new Set(idsOf(await load(entity)));
    const [persons, assets, tenures, accounts] = await Promise.all(
      ["persons", "assets", "tenures", "rent-accounts"].map(ids),
    );
    const every = (records: ExtractRecord[], field: string, within: Set<string> | undefined) =>
      expect(records.filter((r) => r[field] !== null && !within?.has(String(r[field])))).toEqual([]);
    const members = await load("household-members");
    expect(members.length).toBeGreaterThan(0);
    every(members, "personId", persons);
    every(members, "tenureId", tenures);
    every(await load("tenures"), "assetId", assets);
    every(await load("assets"), "parentAssetId", assets);
    every(await load("rent-accounts"), "tenureId", tenures);
    every(await load("charges"), "rentAccountId", accounts);
    every(await load("transactions"), "rentAccountId", accounts);
    every(await load("contact-details"), "targetId", persons);
  });

  it("paging with limit and the Link header visits every record once", async () => {
    for (const [entity, limit] of [
      ["persons", 700],
      ["household-members", 4],
    ] as const) {
      const seen: string[] = [];
      let response = await getExtract(entity, { limit: String(limit) });
      for (;;) {
        expect(response.status).toBe(200);
        const page = idsOf(jsonLines(response.text));
        expect(page.length).toBeLessThanOrEqual(limit);
        seen.push(...page);
        if (!response.next) break;
        response = await fetchExtract(response.next, await server.tokenFor("reporting"));
      }
      expect(seen).toEqual(await databaseIds(entity));
    }
  });

  it("a last page that ends exactly at the limit sends no Link", async () => {
    const response = await getExtract("tenures", { limit: "6" });
    expect(jsonLines(response.text)).toHaveLength(6);
    expect(response.headers.get("link")).toBeNull();
  });

  it.each([
    [{ format: "xml" }, "format"],
    [{ limit: "0" }, "limit"],
    [{ limit: "10001" }, "limit"],
    [{ limit: "lots" }, "limit"],
    [{ modifiedSince: "2026-01-01" }, "modifiedSince"],
    [{ modifiedSince: "2026-01-01T10:00:00" }, "modifiedSince"],
    [{ after: "not-an-id" }, "after"],
    [{ modifiedsince: "2026-01-01T10:00:00Z" }, "modifiedsince"],
  ])("a bad query %j is a 400 naming %s", async (query, field) => {
    const response = await getExtract("persons", query);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({ fieldErrors: [expect.objectContaining({ path: field })] });
  });

  it("the household-members extract pages by tenureId:personId and refuses a plain id", async () => {
    const response = await getExtract("household-members", { after: "0b7a0f4e-4c3b-4d55-8f0e-2b8f1a3c5d7e" });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({ fieldErrors: [expect.objectContaining({ path: "after" })] });
  });
});

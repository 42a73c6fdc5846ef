import type { Db } from "@housing/db/client";
import { seedDemoData } from "@housing/db/demo-data";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TPropertyAccount } from "@housing/schemas/search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";
import { toIsoDate } from "../kernel/calendar-date.ts";
import { chargeInForce, toPence, weeklyChargesByType } from "./finance-rules.ts";
import { propertyAccountTrees } from "./property-totals.ts";

const asOf = new Date("2025-06-30T12:00:00Z");
const today = "2025-06-30";
const clock = { now: () => asOf };

let database: TestDatabase;
let db: Db;
let engine: PostgresSearchEngine;
const ids: Record<string, string> = {};

const search = (role: "housing-officer" | "finance-officer" = "finance-officer") =>
  callerFor(db, actorWithRole(role), { search: engine, clock }).search;

/** A hand-built estate whose totals are worked out below by hand. */
async function seedQuillfeatherEstate(): Promise<void> {
  const by = {};
  const integration = callerFor(db, actorWithRole("integration-service")).finance;
  const estate = await db.asset.create({
    data: {
      propertyReference: "QF000001",
      assetType: "Estate",
      name: "Quillfeather Estate",
      addressLine1: "Quillfeather Estate",
      addressLine2: "Quillfeather Road",
      createdBy: by,
      modifiedBy: by,
    },
  });
  const block = await db.asset.create({
    data: {
      propertyReference: "QF000002",
      assetType: "Block",
      name: "Inkwell House",
      parentId: estate.id,
      addressLine1: "Inkwell House",
      addressLine2: "Quillfeather Road",
      createdBy: by,
      modifiedBy: by,
    },
  });
  ids.estate = estate.id;
  ids.block = block.id;
  const home = async (key: string, addressLine1: string, parentId: string) =>
    (ids[key] = (await makeAsset(db, { addressLine1, parentId, postCode: "E5 0QF" })).id);
  await home("flat1", "Flat 1, Inkwell House", block.id);
  await home("flat2", "Flat 2, Inkwell House", block.id);
  await home("flat3", "Flat 3, Inkwell House", block.id);
  await home("flat4", "Flat 4, Inkwell House", block.id);
  await home("house", "7 Quillfeather Road", estate.id);

  type Charge = [type: "DwellingRent" | "NonDwellingRent" | "ServiceCharge" | "RentalServiceCharge", pounds: number];
  const account = async (
    key: string,
    options: {
      charges: (Charge | [...Charge, startDate: string, endDate?: string])[];
      postings: number[];
      endOfTenureDate?: Date;
    },
  ) => {
    const tenure = await makeTenure(db, {
      assetId: ids[key] ?? "",
      startOfTenureDate: new Date("2019-04-01"),
      endOfTenureDate: options.endOfTenureDate ?? null,
    });
    const tenant = await callerFor(db, actorWithRole("housing-officer")).person.create(
      personInput({ firstName: "Nib", surname: `Penworthy${key}` }),
    );
    await addHouseholdMember(db, tenure.id, tenant.id);
    ids[`${key}Tenant`] = tenant.id;
    const created = await integration.createRentAccount({ tenureId: tenure.id });
    ids[`${key}Account`] = created.id;
    for (const [chargeType, weeklyAmount, startDate = "2025-04-07", endDate] of options.charges) {
      await integration.addCharge({
        rentAccountId: created.id,
        charge: {
          chargeType,
          chargeCode: "QF1",
          description: chargeType,
          weeklyAmount,
          startDate,
          ...(endDate ? { endDate } : {}),
        },
      });
    }
    for (const amount of options.postings) {
      await integration.recordTransaction({
        rentAccountId: created.id,
        transactionType: amount < 0 ? "Charge" : "Payment",
        transactionSource: "DD",
        transactionDate: "2025-06-02",
        transactionAmount: amount,
      });
    }
  };
  await account("flat1", {
    charges: [
      ["DwellingRent", 100],
      ["ServiceCharge", 10.5],
      ["DwellingRent", 90, "2024-04-01", "2025-04-06"], // ended: last year's rent
      ["RentalServiceCharge", 5, "2025-07-07"], // not yet in force
    ],
    postings: [-200, 150],
  });
  await account("flat2", {
    charges: [
      ["DwellingRent", 110],
      ["NonDwellingRent", 12.25],
    ],
    postings: [20],
  });
  await account("house", {
    charges: [
      ["DwellingRent", 130.1],
      ["RentalServiceCharge", 3.4],
    ],
    postings: [-130.1],
  });
  // A former tenancy's account is not the home's: its arrears and charges are left out.
  await account("flat4", {
    charges: [["DwellingRent", 95]],
    postings: [-30],
    endOfTenureDate: new Date("2024-12-31"),
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  engine = new PostgresSearchEngine(db);
  await seedDemoData(db, { scale: 150, asOf });
  await seedQuillfeatherEstate();
  await rebuildSearchIndex({ db, search: engine, clock });
}, 120_000);

afterAll(async () => {
  await database.drop();
});

const totals = (node: TPropertyAccount | undefined) =>
  node && {
    totalBalance: node.totalBalance,
    totalDwellingRent: node.totalDwellingRent,
    totalNonDwellingRent: node.totalNonDwellingRent,
    totalServiceCharges: node.totalServiceCharges,
    totalRentalServiceCharges: node.totalRentalServiceCharges,
  };

describe("property roll-ups", () => {
  it("an estate search lists the estate with its homes' balances and the weekly charges in force summed", async () => {
    const found = await search().propertyAccounts({ searchText: "quillfeather", assetTypes: "Estate" });
    expect(found.total).toBe(1);
    const [estate] = found.results.assets;
    expect(estate).toMatchObject({
      id: ids.estate,
      assetId: "QF000001",
      assetType: "Estate",
      name: "Quillfeather Estate",
      fullAddress: "Quillfeather Estate, Quillfeather Road",
      assetAddress: { addressLine1: "Quillfeather Estate", addressLine2: "Quillfeather Road", postCode: null },
      account: null,
    });
    expect(totals(estate)).toEqual({
      totalBalance: -160.1,
      totalDwellingRent: 340.1,
      totalNonDwellingRent: 12.25,
      totalServiceCharges: 10.5,
      totalRentalServiceCharges: 3.4,
    });
    // The house directly under the estate, then the block, in address order.
    expect(estate?.children.map((child) => child.id)).toEqual([ids.house, ids.block]);
    const [house, block] = estate?.children ?? [];
    expect(totals(house)).toEqual({
      totalBalance: -130.1,
      totalDwellingRent: 130.1,
      totalNonDwellingRent: 0,
      totalServiceCharges: 0,
      totalRentalServiceCharges: 3.4,
    });
    expect(totals(block)).toEqual({
      totalBalance: -30,
      totalDwellingRent: 210,
      totalNonDwellingRent: 12.25,
      totalServiceCharges: 10.5,
      totalRentalServiceCharges: 0,
    });
    expect(block?.children.map((child) => child.id)).toEqual([ids.flat1, ids.flat2, ids.flat3, ids.flat4]);
  });

  it("a block returns its homes; a home itself, with its current tenure's account and tenants", async () => {
    const blocks = await search("housing-officer").propertyAccounts({ searchText: "inkwell", assetTypes: "Block" });
    expect(blocks.results.assets.map((asset) => asset.id)).toEqual([ids.block]);
    expect(blocks.results.assets[0]?.children).toHaveLength(4);

    const homes = await search().propertyAccounts({ searchText: "inkwell house", assetTypes: "Dwelling" });
    expect(homes.results.assets.every((asset) => asset.children.length === 0)).toBe(true);
    const flat1 = homes.results.assets.find((asset) => asset.id === ids.flat1);
    expect(flat1).toMatchObject({
      id: ids.flat1,
      fullAddress: "Flat 1, Inkwell House, E5 0QF",
      totalBalance: -50,
      totalDwellingRent: 100,
      totalServiceCharges: 10.5,
      totalRentalServiceCharges: 0,
      account: {
        id: ids.flat1Account,
        balance: -50,
        tenants: [{ id: ids.flat1Tenant, fullName: "Ms Nib Penworthyflat1" }],
      },
      children: [],
    });
    const [flat3, flat4] = blocks.results.assets[0]?.children.slice(2) ?? [];
    for (const empty of [flat3, flat4]) {
      expect(empty).toMatchObject({ account: null, totalBalance: 0, totalDwellingRent: 0 });
    }
  });

  it("pages the properties found, with the total of all of them", async () => {
    const page = await search().propertyAccounts({ searchText: "inkwell", assetTypes: "Dwelling", pageSize: 3 });
    expect(page.total).toBe(4);
    expect(page.results.assets).toHaveLength(3);
  });

  it("on generated data: an estate's totals are its blocks' and direct homes', a block's its homes', and the balances the sum of the transactions", async () => {
    const estates = await db.asset.findMany({ where: { assetType: "Estate" }, select: { id: true } });
    const trees = await propertyAccountTrees(
      { db },
      estates.map((estate) => estate.id),
      today,
    );
    expect(trees).toHaveLength(estates.length);

    const nodes = (node: TPropertyAccount): TPropertyAccount[] => [node, ...node.children.flatMap(nodes)];
    const accountIds = trees.flatMap(nodes).flatMap((node) => (node.account ? [node.account.id] : []));
    const charges = await db.charge.findMany({ where: { rentAccountId: { in: accountIds } } });
    // Each home's own charges, by finance-rules' reckoning of a weekly charge in force.
    const ownCharges = (node: TPropertyAccount) =>
      weeklyChargesByType(
        charges
          .filter((charge) => charge.rentAccountId === node.account?.id)
          .map((charge) => ({
            chargeType: charge.chargeType,
            weeklyAmount: Number(charge.weeklyAmount),
            startDate: toIsoDate(charge.startDate),
            endDate: charge.endDate ? toIsoDate(charge.endDate) : null,
          }))
          .filter((charge) => chargeInForce(charge, today)),
      );
    const inPence = (node: TPropertyAccount) => [
      toPence(node.totalBalance),
      toPence(node.totalDwellingRent),
      toPence(node.totalNonDwellingRent),
      toPence(node.totalServiceCharges),
      toPence(node.totalRentalServiceCharges),
    ];
    const checkRollUp = (node: TPropertyAccount) => {
      const own = ownCharges(node);
      const expected = [
        toPence(node.account?.balance ?? 0),
        toPence(own.dwellingRent),
        toPence(own.nonDwellingRent),
        toPence(own.serviceCharges),
        toPence(own.rentalServiceCharges),
      ];
      for (const child of node.children)
        inPence(child).forEach((pence, i) => (expected[i] = (expected[i] ?? 0) + pence));
      expect(inPence(node), `${node.assetType} ${node.fullAddress}`).toEqual(expected);
      node.children.forEach(checkRollUp);
    };

    let blocks = 0;
    for (const estate of trees) {
      expect(estate.account).toBeNull();
      checkRollUp(estate);
      blocks += estate.children.filter((child) => child.assetType === "Block").length;
      const everyAccount = nodes(estate).flatMap((node) => (node.account ? [node.account.id] : []));
      const ledger = await db.transaction.aggregate({
        _sum: { transactionAmount: true },
        where: { rentAccountId: { in: everyAccount } },
      });
      expect(toPence(estate.totalBalance)).toBe(toPence(Number(ledger._sum.transactionAmount ?? 0)));
      const under = await db.asset.count({
        where: { OR: [{ parentId: estate.id }, { parent: { parentId: estate.id } }] },
      });
      expect(nodes(estate)).toHaveLength(under + 1);
    }
    // The data exercises what it should: blocks, balances and rents.
    expect(blocks).toBeGreaterThan(0);
    expect(trees.some((estate) => estate.totalBalance !== 0 && estate.totalDwellingRent > 0)).toBe(true);
  });

  it("answers the search with the same totals as the roll-up, estates only when asked", async () => {
    const estate = await db.asset.findFirstOrThrow({ where: { assetType: "Estate", name: { not: null } } });
    const found = await search().propertyAccounts({ searchText: estate.name ?? "", assetTypes: "Estate" });
    expect(found.results.assets.every((asset) => asset.assetType === "Estate")).toBe(true);
    const [tree] = await propertyAccountTrees({ db }, [estate.id], today);
    expect(found.results.assets.find((asset) => asset.id === estate.id)).toEqual(tree);
  });
});

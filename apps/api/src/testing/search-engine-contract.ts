import type { Db } from "@housing/db/client";
import type { TRole } from "@housing/schemas/auth";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "./factories.ts";
import { actorWithRole, callerFor } from "./test-kit.ts";
import { fieldWeight } from "../search/projection/search-terms.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { searchVisibility } from "../search/run-search.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";
import { queryTerms } from "../search/search-text.ts";

type Ids = Record<string, string>;

/** In the order an en-GB reader expects: accents folded (Çelik with C, Şahin with S), case ignored. */
const sortedSurnames = [
  "Abbott",
  "Carter",
  "Çelik",
  "de Souza",
  "Oakes",
  "Özdemir",
  "Öztürk",
  "Şahin",
  "Smart",
  "Zander",
];

/** Flats 1 to 12 of Quenby Mansions, as a search result shows them. */
const quenbyFlats = Array.from({ length: 12 }, (_, i) => `Flat ${i + 1}, Quenby Mansions`);
/** Other homes may match these words too, below or after these. */
const inQuenby = (address: string) => address.includes("Quenby Mansions");

/** Generated data with the names, addresses and references the relevance cases below rely on. */
async function seedSearchData(db: Db): Promise<Ids> {
  const officer = callerFor(db, actorWithRole("housing-officer"));
  const create = async (firstName: string, surname: string, extra: Record<string, unknown> = {}) =>
    (await officer.person.create(personInput({ firstName, surname, ...extra }))).id;
  const ids: Ids = {};
  // Reference numbers as a council has them (several digits), not 1, 2, 3.
  await db.referenceCounter.upsert({
    where: { name: "person" },
    create: { name: "person", lastValue: 40_000 },
    update: {},
  });
  const estate = await db.asset.create({
    data: {
      propertyReference: "90000001",
      assetType: "Estate",
      name: "Pembury Estate",
      addressLine1: "Pembury Estate",
      addressLine2: "Dalston Lane",
      postCode: "E8 1AA",
      createdBy: {},
      modifiedBy: {},
    },
  });
  const block = await db.asset.create({
    data: {
      propertyReference: "90000002",
      assetType: "Block",
      name: "Newcome House",
      parentId: estate.id,
      addressLine1: "Newcome House",
      addressLine2: "Powell Road",
      postCode: "E5 8DH",
      createdBy: {},
      modifiedBy: {},
    },
  });
  ids.estate = estate.id;
  ids.block = block.id;
  ids.flat3 = (
    await makeAsset(db, { addressLine1: "Flat 3, Newcome House", postCode: "E5 8DH", parentId: block.id })
  ).id;
  ids.flat12 = (
    await makeAsset(db, { addressLine1: "Flat 12, Newcome House", postCode: "E5 8DH", parentId: block.id })
  ).id;
  ids.house12 = (await makeAsset(db, { addressLine1: "12 Mare Street", postCode: "E8 3RH" })).id;
  ids.house120 = (await makeAsset(db, { addressLine1: "120 Mare Street", postCode: "E8 3RH" })).id;
  ids.house2 = (await makeAsset(db, { addressLine1: "2 Mare Street", postCode: "E8 3RH" })).id;

  ids.johnSmith = await create("John", "Smith", { dateOfBirth: "1980-01-01" });
  ids.janeSmithson = await create("Jane", "Smithson");
  ids.amyJohnson = await create("Amy", "Johnson");
  ids.zoe = await create("Zoë", "Adébáyọ̀");
  ids.officer = await create("Sam", "Officerton", { personTypes: ["HousingOfficer"] });
  ids.priya = await create("Priya", "Patel");
  ids.leaseholder = await create("Lena", "Lessee", { personTypes: ["Leaseholder"] });

  const tenure = await makeTenure(db, { assetId: ids.house12, startOfTenureDate: new Date("2015-06-01") });
  ids.tenure = tenure.id;
  ids.paymentReference = tenure.paymentReference;
  await addHouseholdMember(db, tenure.id, ids.johnSmith);
  const ended = await makeTenure(db, {
    assetId: ids.flat3,
    startOfTenureDate: new Date("2001-01-01"),
    endOfTenureDate: new Date("2010-01-01"),
  });
  ids.endedTenure = ended.id;
  await addHouseholdMember(db, ended.id, ids.amyJohnson);
  ids.uprn = (await db.asset.findUniqueOrThrow({ where: { id: ids.house120 } })).uprn ?? "";

  // Rent accounts: a tenant whose surname is also their street's name, and balances either side of 0.
  ids.markMare = await create("Mark", "Mare");
  // Their payment reference starts with another home's number: "12 mare street" must still find 12 Mare Street first.
  const markTenure = await makeTenure(db, {
    assetId: ids.house2,
    paymentReference: "1200456",
    startOfTenureDate: new Date("2019-04-01"),
  });
  await addHouseholdMember(db, markTenure.id, ids.markMare);
  const finance = callerFor(db, actorWithRole("integration-service")).finance;
  ids.johnAccount = (await finance.createRentAccount({ tenureId: tenure.id, rentAccountNumber: "5500123" })).id;
  ids.markAccount = (await finance.createRentAccount({ tenureId: markTenure.id, rentAccountNumber: "5500456" })).id;
  const posting = { transactionSource: "BACS", transactionDate: "2025-06-02" } as const;
  await finance.recordTransaction({
    ...posting,
    rentAccountId: ids.johnAccount,
    transactionType: "Charge",
    transactionAmount: -100,
  });
  await finance.recordTransaction({
    ...posting,
    rentAccountId: ids.markAccount,
    transactionType: "Payment",
    transactionAmount: 50,
  });
  // A tenant of two homes at once, and of a third before: only the active tenancies count to the total.
  ids.tallyman = await create("Tobias", "Tallyman");
  for (const [addressLine1, rentAccountNumber, amount, endOfTenureDate] of [
    ["Flat 1, Ledger Court", "8800789", 20.5, null],
    ["Flat 2, Ledger Court", "8800456", 50, null],
    ["Flat 3, Ledger Court", "8800999", -7, new Date("2012-01-01")],
  ] as const) {
    const { id: assetId } = await makeAsset(db, { addressLine1, postCode: "E2 7QQ" });
    const other = await makeTenure(db, { assetId, startOfTenureDate: new Date("2005-01-01"), endOfTenureDate });
    await addHouseholdMember(db, other.id, ids.tallyman);
    const account = await finance.createRentAccount({ tenureId: other.id, rentAccountNumber });
    await finance.recordTransaction({
      ...posting,
      rentAccountId: account.id,
      transactionType: amount > 0 ? "Payment" : "Charge",
      transactionAmount: amount,
    });
  }

  // A block of twelve flats, created out of order, each let on the same day: natural order is
  // Flat 1, 2 … 12 under every sort and tie-break, never the text's 1, 10, 11, 12, 2.
  const quenby = await db.asset.create({
    data: {
      propertyReference: "90000003",
      assetType: "Block",
      name: "Quenby Mansions",
      addressLine1: "Quenby Mansions",
      addressLine2: "Wick Road",
      postCode: "E9 5AA",
      createdBy: {},
      modifiedBy: {},
    },
  });
  ids.quenby = quenby.id;
  for (const flat of [7, 12, 1, 10, 3, 11, 2, 9, 5, 4, 8, 6]) {
    const { id: assetId } = await makeAsset(db, {
      addressLine1: `Flat ${flat}, Quenby Mansions`,
      postCode: "E9 5AA",
      parentId: quenby.id,
    });
    ids[`quenbyFlat${flat}`] = assetId;
    ids[`quenbyTenure${flat}`] = (await makeTenure(db, { assetId, startOfTenureDate: new Date("2018-03-05") })).id;
  }
  // Surnames with letters beyond A–Z, sharing a first name to find them together.
  for (const surname of sortedSurnames) ids[`ottoline ${surname}`] = await create("Ottoline", surname);

  const contacts = callerFor(db, actorWithRole("housing-officer")).contactDetails;
  await contacts.create({
    targetId: ids.priya,
    targetType: "person",
    contactInformation: { contactType: "phone", subType: "mobile", value: "07700 900555" },
    sourceServiceArea: { area: "housing", isDefault: true },
  });
  return { ...ids, ...(await seedMatchingData(db, create)) };
}

/** Made-up surnames of 4 to 6 letters, alike from run to run, that no other case here searches for. */
export const generatedShortSurnames = ["Vosk", "Brudge", "Kelvo", "Tarnip", "Plimen", "Durk", "Gaspo", "Wenlox"];

/** Every word made by swapping two adjacent, different letters of `word` ("vosk" → "ovsk", "vsok", "voks"). */
export function adjacentSwaps(word: string): string[] {
  const swapped: string[] = [];
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) continue;
    swapped.push(`${word.slice(0, i)}${word[i + 1] ?? ""}${word[i] ?? ""}${word.slice(i + 2)}`);
  }
  return swapped;
}

/**
 * First names and surnames held as typed by one person, and as another's middle name or preferred
 * first name: the other persons' first names sort before, so a tie would put them first.
 */
export const exactNameCases = [
  { first: "Lee", surname: "Hartwell" },
  { first: "Rose", surname: "Penhaligon" },
  { first: "Kay", surname: "Brightwater" },
] as const;

/** Full postcodes with homes at them, and homes at near postcodes that a full postcode must not find. */
export const postcodeCases = [
  { postcode: "N16 8XJ", street: "Quenby Walk", near: ["N16 8XA", "N16 8XL", "N16 9XJ", "N1 8XJ"] },
  { postcode: "E9 7NQ", street: "Osterley Mews", near: ["E9 7EQ", "E9 7NA", "E9 6NQ"] },
] as const;

/** The persons and homes the matching rules (typos, exact names, postcodes) are tried on. */
async function seedMatchingData(
  db: Db,
  create: (firstName: string, surname: string, extra?: Record<string, unknown>) => Promise<string>,
): Promise<Ids> {
  const ids: Ids = {};
  for (const surname of generatedShortSurnames) ids[`surname:${surname}`] = await create("Morwenna", surname);
  // The issue's own examples ("Smiht" finds John Smith, seeded above).
  for (const [firstName, surname] of [
    ["Yusuf", "Ahmed"],
    ["Grace", "Walker"],
    ["Peter", "Grant"],
    ["Kwame", "Owusu"],
  ] as const) {
    ids[`surname:${surname}`] = await create(firstName, surname);
  }
  for (const { first, surname } of exactNameCases) {
    ids[`exact:${first}`] = await create(first, surname);
    ids[`middle:${first}`] = await create("Aaron", surname, { middleName: first });
    ids[`preferred:${first}`] = await create("Abel", surname, { preferredFirstName: first });
  }
  for (const { postcode, street, near } of postcodeCases) {
    for (const n of [1, 2, 3, 4, 5]) {
      ids[`home:${postcode}:${n}`] = (await makeAsset(db, { addressLine1: `${n} ${street}`, postCode: postcode })).id;
    }
    for (const [i, other] of near.entries()) {
      ids[`home:${other}`] = (await makeAsset(db, { addressLine1: `${10 + i} ${street}`, postCode: other })).id;
    }
  }
  return ids;
}

/**
 * The behaviour every search engine must have. Each engine's test file calls this with a way to
 * build the engine and a fresh database; the Elasticsearch run skips when no cluster is configured.
 */
export function searchEngineContract(name: string, setup: () => Promise<{ db: Db; engine: SearchEngine }>) {
  describe(`${name} search engine`, () => {
    let db: Db;
    let engine: SearchEngine;
    let ids: Ids;
    const as = (role: TRole = "housing-officer") => callerFor(db, actorWithRole(role), { search: engine }).search;
    const personIds = async (searchText: string, extra: Record<string, unknown> = {}, role?: TRole) =>
      (await as(role).persons({ searchText, ...extra })).results.persons.map((p) => p.id);
    const assetIds = async (searchText: string, extra: Record<string, unknown> = {}) =>
      (await as().assets({ searchText, ...extra })).results.assets.map((a) => a.id);
    const accountIds = async (
      lookUpType: "TenantName" | "Address" | "PaymentReference",
      searchText: string,
      extra: Record<string, unknown> = {},
    ) => (await as().accounts({ lookUpType, searchText, ...extra })).results.accounts.map((a) => a.id);

    beforeAll(async () => {
      ({ db, engine } = await setup());
      await engine.reset();
      ids = await seedSearchData(db);
      await rebuildSearchIndex({ db, search: engine, clock: systemClock });
    });

    const relevance: { title: string; searchText: string; first: string; alsoFound?: string[]; notFound?: string[] }[] =
      [
        {
          title: "an exact surname ranks above a prefix match",
          searchText: "smith",
          first: "johnSmith",
          alsoFound: ["janeSmithson"],
        },
        { title: "a prefix finds the name", searchText: "Smi", first: "johnSmith", alsoFound: ["janeSmithson"] },
        { title: "a small typo still finds the name", searchText: "Smyth", first: "johnSmith" },
        { title: "a transposed letter still finds the name", searchText: "Jonhson", first: "amyJohnson" },
        { title: "words match in any order", searchText: "smith john", first: "johnSmith" },
        { title: "case, accents and spaces do not matter", searchText: "  ZOE   adebayo ", first: "zoe" },
        { title: "a person is found by the address of their tenure", searchText: "12 mare street", first: "johnSmith" },
        {
          title: "housing officers are not returned as residents",
          searchText: "officerton",
          first: "",
          notFound: ["officer"],
        },
      ];
    it.each(relevance)("persons: $title", async ({ searchText, first, alsoFound, notFound }) => {
      const found = await personIds(searchText);
      if (first) expect(found[0]).toBe(ids[first]);
      for (const other of alsoFound ?? []) expect(found).toContain(ids[other]);
      for (const other of notFound ?? []) expect(found).not.toContain(ids[other]);
    });

    it("persons: all words present rank above some", async () => {
      const found = await personIds("jane smithson amy");
      expect(found[0]).toBe(ids.janeSmithson);
      expect(found).toContain(ids.amyJohnson);
    });

    it("persons: the reference number and payment reference rank their record first", async () => {
      const person = await db.person.findUniqueOrThrow({ where: { id: ids.johnSmith } });
      expect((await personIds(String(person.personRef)))[0]).toBe(ids.johnSmith);
      expect((await personIds(ids.paymentReference ?? ""))[0]).toBe(ids.johnSmith);
    });

    it("persons: each tenancy shows its rent account number and balance; the total is of the active ones", async () => {
      const [tallyman] = (await as("finance-officer").persons({ searchText: "tallyman" })).results.persons;
      expect(tallyman?.id).toBe(ids.tallyman);
      expect(
        new Set(tallyman?.tenures.map((t) => `${t.rentAccountNumber} ${t.totalBalance} ${String(t.isActive)}`)),
      ).toEqual(new Set(["8800789 20.5 true", "8800456 50 true", "8800999 -7 false"]));
      expect(tallyman?.totalBalance).toBe(70.5);
      const [amy] = (await as().persons({ searchText: "amy johnson" })).results.persons;
      expect(amy).toMatchObject({ totalBalance: null, tenures: [{ rentAccountNumber: null, totalBalance: null }] });
      expect(await personIds("8800789")).toEqual([ids.tallyman]);
    });

    it("persons: filter by person type, which can also ask for staff", async () => {
      expect(await personIds("lessee", { personType: "Leaseholder" })).toEqual([ids.leaseholder]);
      expect(await personIds("lessee", { personType: "Tenant" })).toEqual([]);
      expect(await personIds("officerton", { personType: "HousingOfficer" })).toEqual([ids.officer]);
    });

    it("persons: a phone number finds its person only for users allowed to see it", async () => {
      expect(await personIds("07700 900555")).toEqual([ids.priya]);
      expect(await personIds("+44 7700 900555")).toEqual([ids.priya]);
      expect(await personIds("07700 900555", {}, "finance-officer")).toEqual([]);
    });

    it("persons: sort by surname either way, with exact totals and pages", async () => {
      const asc = await as().persons({ searchText: "smith", sortBy: "surname" });
      expect(asc.results.persons.map((p) => p.surname)).toEqual(["Smith", "Smithson"]);
      const desc = await as().persons({ searchText: "smith", sortBy: "surname", isDesc: true });
      expect(desc.results.persons.map((p) => p.surname)).toEqual(["Smithson", "Smith"]);
      const second = await as().persons({ searchText: "smith", sortBy: "surname", page: 2, pageSize: 1 });
      expect(second).toMatchObject({ total: 2, results: { persons: [{ surname: "Smithson" }] } });
      const beyond = await as().persons({ searchText: "smith", page: 5, pageSize: 1 });
      expect(beyond).toEqual({ total: 2, results: { persons: [] } });
    });

    it("assets: a postcode matches with or without its space", async () => {
      const withSpace = await assetIds("e8 3rh");
      expect(new Set(withSpace)).toEqual(new Set([ids.house2, ids.house12, ids.house120]));
      expect(new Set(await assetIds("E83RH"))).toEqual(new Set(withSpace));
    });

    it("assets: house numbers match as numbers, so 12 ranks above 120", async () => {
      const found = await assetIds("12 mare street");
      expect(found[0]).toBe(ids.house12);
      expect(found.indexOf(ids.house12 ?? "")).toBeLessThan(found.indexOf(ids.house120 ?? ""));
    });

    it("assets: a UPRN finds its property first, and filters by asset type", async () => {
      expect((await assetIds(ids.uprn ?? ""))[0]).toBe(ids.house120);
      expect(new Set(await assetIds("newcome", { assetTypes: "Block,Estate" }))).toEqual(new Set([ids.block]));
      expect(new Set(await assetIds("pembury"))).toEqual(new Set([ids.estate, ids.block, ids.flat3, ids.flat12]));
    });

    it("assets: sort by address in natural order", async () => {
      const sorted = await as().assets({ searchText: "mare street", sortBy: "address" });
      expect(sorted.results.assets.map((a) => a.assetAddress.addressLine1)).toEqual([
        "2 Mare Street",
        "12 Mare Street",
        "120 Mare Street",
      ]);
      const flats = await as().assets({ searchText: "newcome house", sortBy: "address", assetTypes: "Dwelling" });
      expect(flats.results.assets.map((a) => a.assetAddress.addressLine1)).toEqual([
        "Flat 3, Newcome House",
        "Flat 12, Newcome House",
      ]);
    });

    it("persons: sort by surname in alphabetical order, accents folded, either way", async () => {
      const asc = await as().persons({ searchText: "ottoline", sortBy: "surname", pageSize: 40 });
      expect(asc.results.persons.map((p) => p.surname)).toEqual(sortedSurnames);
      const desc = await as().persons({ searchText: "ottoline", sortBy: "surname", isDesc: true, pageSize: 40 });
      expect(desc.results.persons.map((p) => p.surname)).toEqual([...sortedSurnames].reverse());
      const second = await as().persons({ searchText: "ottoline", sortBy: "surname", page: 2, pageSize: 4 });
      expect(second.results.persons.map((p) => p.surname)).toEqual(sortedSurnames.slice(4, 8));
      // Equally good matches are in that order too.
      const best = await as().persons({ searchText: "ottoline", pageSize: 40 });
      expect(best.results.persons.map((p) => p.surname)).toEqual(sortedSurnames);
    });

    it("tenures: flats in natural order under best match, by start date either way, and on later pages", async () => {
      const addresses = (tenures: { tenuredAsset: { fullAddress: string } }[]) =>
        tenures.map((t) => t.tenuredAsset.fullAddress.replace(/, E9 5AA$/, "")).filter(inQuenby);
      const best = await as().tenures({ searchText: "quenby mansions", pageSize: 40 });
      expect(addresses(best.results.tenures)).toEqual(quenbyFlats);
      const byDate = await as().tenures({ searchText: "quenby mansions", sortBy: "startDate", pageSize: 40 });
      expect(addresses(byDate.results.tenures)).toEqual(quenbyFlats);
      const byDateDesc = await as().tenures({ searchText: "quenby", sortBy: "startDate", isDesc: true, pageSize: 40 });
      expect(addresses(byDateDesc.results.tenures)).toEqual(quenbyFlats);
      const second = await as().tenures({ searchText: "quenby mansions", page: 2, pageSize: 5 });
      expect(addresses(second.results.tenures)).toEqual(quenbyFlats.slice(5, 10));
    });

    it("assets: flats in natural order under best match and by address either way; a block's children too", async () => {
      const lines = (assets: { assetAddress: { addressLine1: string } }[]) =>
        assets.map((a) => a.assetAddress.addressLine1).filter(inQuenby);
      const flats = { searchText: "quenby mansions", assetTypes: "Dwelling", pageSize: 40 };
      expect(lines((await as().assets(flats)).results.assets)).toEqual(quenbyFlats);
      expect(lines((await as().assets({ ...flats, sortBy: "address" })).results.assets)).toEqual(quenbyFlats);
      expect(lines((await as().assets({ ...flats, sortBy: "address", isDesc: true })).results.assets)).toEqual(
        [...quenbyFlats].reverse(),
      );
      const children = await callerFor(db, actorWithRole("housing-officer")).asset.children({ id: ids.quenby ?? "" });
      expect(children.results.map((c) => c.fullAddress)).toEqual(quenbyFlats.map((flat) => `${flat}, E9 5AA`));
    });

    it("tenures: payment reference first, active filter, and sort by start date", async () => {
      const byReference = await as().tenures({ searchText: ids.paymentReference ?? "" });
      expect(byReference.results.tenures[0]?.id).toBe(ids.tenure);
      const active = await as().tenures({ searchText: "johnson smith", isActive: true });
      expect(active.results.tenures.map((t) => t.id)).toEqual([ids.tenure]);
      const byDate = await as().tenures({ searchText: "johnson smith", sortBy: "startDate" });
      expect(byDate.results.tenures.map((t) => t.id)).toEqual([ids.endedTenure, ids.tenure]);
    });

    it("a query restricted to some field weights matches only the words indexed with them", async () => {
      const visibility = searchVisibility(db, ["housing"], "2026-01-01");
      const pembury = {
        index: "assets",
        terms: queryTerms("pembury"),
        filters: {},
        sort: "relevance",
        isDesc: false,
        page: 1,
        pageSize: 12,
      } as const;
      const everywhere = await engine.search(pembury, visibility);
      expect(new Set(everywhere.documents.map((d) => d.id))).toEqual(
        new Set([ids.estate, ids.block, ids.flat3, ids.flat12]),
      );
      // The estate's own name weighs as a name; on its blocks and homes it is a parent's name.
      const asParent = await engine.search({ ...pembury, termWeights: [fieldWeight.other] }, visibility);
      expect(new Set(asParent.documents.map((d) => d.id))).toEqual(new Set([ids.block, ids.flat3, ids.flat12]));
      expect(asParent.total).toBe(3);
      const cursor = await engine.readAfter(
        { ...pembury, termWeights: [fieldWeight.name], after: undefined },
        visibility,
      );
      expect(cursor.documents.map((d) => d.id)).toEqual([ids.estate]);
    });

    it("accounts: each look-up type searches its own fields only", async () => {
      expect(await accountIds("TenantName", "smith")).toEqual([ids.johnAccount]);
      expect(await accountIds("Address", "smith")).toEqual([]);
      expect(await accountIds("TenantName", "mare")).toEqual([ids.markAccount]);
      // Mark Mare's account is found by its address although "mare" is also his name.
      expect(new Set(await accountIds("Address", "mare"))).toEqual(new Set([ids.johnAccount, ids.markAccount]));
      expect(new Set(await accountIds("Address", "E83RH"))).toEqual(new Set([ids.johnAccount, ids.markAccount]));
      expect(await accountIds("Address", "12 mare street")).toEqual([ids.johnAccount, ids.markAccount]);
      expect(await accountIds("PaymentReference", "mare")).toEqual([]);
    });

    it("accounts: a rent account number or payment reference finds its account, exactly or by its start", async () => {
      expect(await accountIds("PaymentReference", "5500123")).toEqual([ids.johnAccount]);
      expect(await accountIds("PaymentReference", ids.paymentReference ?? "")).toEqual([ids.johnAccount]);
      expect(new Set(await accountIds("PaymentReference", "5500"))).toEqual(
        new Set([ids.johnAccount, ids.markAccount]),
      );
      expect(await accountIds("TenantName", "5500123")).toEqual([]);
    });

    it("accounts: sort by balance or address either way; each hit has its balance, tenure, property and tenants", async () => {
      expect(await accountIds("Address", "mare street", { sortBy: "balance" })).toEqual([
        ids.johnAccount,
        ids.markAccount,
      ]);
      expect(await accountIds("Address", "mare street", { sortBy: "balance", isDesc: true })).toEqual([
        ids.markAccount,
        ids.johnAccount,
      ]);
      expect(await accountIds("Address", "mare street", { sortBy: "address" })).toEqual([
        ids.markAccount,
        ids.johnAccount,
      ]);
      const found = await as("finance-officer").accounts({ lookUpType: "PaymentReference", searchText: "5500123" });
      expect(found).toEqual({
        total: 1,
        results: {
          accounts: [
            {
              id: ids.johnAccount,
              rentAccountNumber: "5500123",
              paymentReference: ids.paymentReference,
              accountStatus: "Active",
              balance: -100,
              totalBalance: -100,
              tenure: {
                id: ids.tenure,
                type: "Secure",
                tenureTypeCode: "SEC",
                startDate: "2015-06-01",
                endDate: null,
                isActive: true,
              },
              asset: { id: ids.house12, assetId: expect.any(String), assetType: "Dwelling" },
              address: "12 Mare Street, E8 3RH",
              postCode: "E8 3RH",
              tenants: [{ id: ids.johnSmith, fullName: "Ms John Smith", isResponsible: true }],
            },
          ],
        },
      });
    });

    it("odd input returns results or none, never an error; markup and one character are refused", async () => {
      for (const searchText of [
        '"smith"',
        "smith*",
        "(smith)",
        "a/b\\c",
        "[]{}",
        "%_%",
        "x".repeat(400),
        "'; drop table",
      ]) {
        await expect(as().persons({ searchText })).resolves.toHaveProperty("total");
      }
      for (const searchText of ["<b>smith</b>", "s", " a "]) {
        const error = await as()
          .persons({ searchText })
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        expect(error instanceof TRPCError && error.code).toBe("BAD_REQUEST");
      }
    });

    it("persons: two swapped adjacent letters are one typo, in surnames of 4 to 6 letters too", async () => {
      const missed: string[] = [];
      for (const surname of [...generatedShortSurnames, "Ahmed", "Walker", "Grant", "Owusu"]) {
        for (const typo of adjacentSwaps(surname.toLowerCase())) {
          if (!(await personIds(typo)).slice(0, 5).includes(ids[`surname:${surname}`] ?? "")) missed.push(typo);
        }
      }
      if (!(await personIds("Smiht")).slice(0, 5).includes(ids.johnSmith ?? "")) missed.push("smiht");
      expect(missed).toEqual([]);
    });

    it("persons: a typo is still one letter: two swaps, or a swap and another change, in a short surname find nothing", async () => {
      // "Vosk" → "ovks" (two swaps), "Kelvo" → "eklvp" (a swap and a changed letter): two edits each.
      expect(await personIds("ovks")).not.toContain(ids["surname:Vosk"]);
      expect(await personIds("eklvp")).not.toContain(ids["surname:Kelvo"]);
    });

    it("persons: a first name and surname typed in order rank that person above a middle or preferred name", async () => {
      for (const { first, surname } of exactNameCases) {
        for (const searchText of [`${first} ${surname}`, `  ${first.toLowerCase()}   ${surname.toUpperCase()} `]) {
          const found = await personIds(searchText);
          expect(found[0], searchText).toBe(ids[`exact:${first}`]);
          expect(found).toContain(ids[`middle:${first}`]);
          expect(found).toContain(ids[`preferred:${first}`]);
        }
      }
    });

    it("a term that only ranks (a full name) adds to the score of what the words find, and finds nothing itself", async () => {
      const visibility = searchVisibility(db, ["housing"], "2026-01-01");
      const [lee] = exactNameCases;
      const [fullName] = queryTerms(`${lee.first} ${lee.surname}`).filter((t) => t.ranksOnly);
      expect(fullName).toBeDefined();
      const found = await engine.search(
        {
          index: "persons",
          terms: [...queryTerms("tallyman"), ...(fullName ? [fullName] : [])],
          filters: {},
          sort: "relevance",
          isDesc: false,
          page: 1,
          pageSize: 12,
        },
        visibility,
      );
      expect(found.documents.map((d) => d.id)).toEqual([ids.tallyman]);
      expect(found.total).toBe(1);
    });

    it("assets: a full postcode, however typed, finds that postcode only, in the total and on every page", async () => {
      for (const { postcode } of postcodeCases) {
        const exact = new Set([1, 2, 3, 4, 5].map((n) => ids[`home:${postcode}:${n}`]));
        const joined = postcode.replace(" ", "");
        for (const searchText of [postcode, joined, joined.toLowerCase(), ` ${postcode.toLowerCase()} `]) {
          const first = await as().assets({ searchText, pageSize: 2 });
          expect(first.total, searchText).toBe(5);
          const pages = [first];
          for (const page of [2, 3]) pages.push(await as().assets({ searchText, page, pageSize: 2 }));
          const seen = pages.flatMap((p) => p.results.assets.map((a) => a.id));
          expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
          expect(seen).toHaveLength(5);
          expect(new Set(seen)).toEqual(exact);
          // The CSV export reads every match through the cursor.
          const everyMatch = await engine.readAfter(
            { index: "assets", terms: queryTerms(searchText), filters: {}, pageSize: 100, after: undefined },
            searchVisibility(db, ["housing"], "2026-01-01"),
          );
          expect(new Set(everyMatch.documents.map((d) => d.id))).toEqual(exact);
        }
      }
    });

    it("assets: an outward code, or one with the start of its inward code, matches as a prefix", async () => {
      const n16 = [1, 2, 3, 4, 5].map((n) => ids[`home:N16 8XJ:${n}`]);
      const found = async (searchText: string) => new Set(await assetIds(searchText, { pageSize: 100 }));
      expect(await found("N16")).toEqual(
        new Set([...n16, ids["home:N16 8XA"], ids["home:N16 8XL"], ids["home:N16 9XJ"]]),
      );
      expect(await found("n16 8")).toEqual(new Set([...n16, ids["home:N16 8XA"], ids["home:N16 8XL"]]));
      expect(await found("N16 8X")).toEqual(new Set([...n16, ids["home:N16 8XA"], ids["home:N16 8XL"]]));
      const e9 = [1, 2, 3, 4, 5].map((n) => ids[`home:E9 7NQ:${n}`]);
      expect(await found("E9 7")).toEqual(new Set([...e9, ids["home:E9 7EQ"], ids["home:E9 7NA"]]));
    });

    it("a cursor walks every match in bulk", async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await engine.readAfter(
          {
            index: "assets",
            terms: [{ term: "mare", maxTypos: 0, allowPrefix: true }],
            filters: {},
            pageSize: 2,
            after: cursor,
          },
          searchVisibility(db, ["housing"], "2026-01-01"),
        );
        seen.push(...page.documents.map((d) => String(d.id)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen)).toEqual(new Set([ids.house2, ids.house12, ids.house120]));
      expect(seen).toHaveLength(3);
    });
  });
}

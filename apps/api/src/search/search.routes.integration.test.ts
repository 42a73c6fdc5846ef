import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { addHouseholdMember, makeAsset, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";
import { PostgresSearchEngine } from "./postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "./rebuild-search-index.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const officer = callerFor(database.db, actorWithRole("housing-officer"));
  ids.person = (await officer.person.create(personInput({ firstName: "Horatio", surname: "Restful" }))).id;
  const block = await database.db.asset.create({
    data: {
      propertyReference: "80000001",
      assetType: "Block",
      name: "Route House",
      addressLine1: "Route House",
      addressLine2: "Api Street",
      createdBy: {},
      modifiedBy: {},
    },
  });
  ids.block = block.id;
  ids.flat10 = (await makeAsset(database.db, { addressLine1: "Flat 10, Route House", parentId: block.id })).id;
  ids.flat9 = (await makeAsset(database.db, { addressLine1: "Flat 9, Route House", parentId: block.id })).id;
  // Away from Route House, whose tenure-less homes the tenure search expects to find nothing.
  ids.home = (await makeAsset(database.db, { addressLine1: "3 Ledger Lane" })).id;
  const tenure = await makeTenure(database.db, { assetId: ids.home });
  await addHouseholdMember(database.db, tenure.id, ids.person);
  const integration = callerFor(database.db, actorWithRole("integration-service"));
  ids.account = (await integration.finance.createRentAccount({ tenureId: tenure.id, rentAccountNumber: "RT90001" })).id;
  await rebuildSearchIndex({ db: database.db, search: new PostgresSearchEngine(database.db), clock: systemClock });
  server = await startTestServer(database.db);
  token = await server.tokenFor("housing-officer");
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const get = async (path: string, bearer = token) => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("REST search", () => {
  it("answers { results: { persons }, total } with paging parameters", async () => {
    const found = await get(
      "/api/v1/search/persons?searchText=restfull&page=1&pageSize=5&sortBy=relevance&isDesc=false",
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 1, results: { persons: [{ id: ids.person, firstname: "Horatio" }] } });
  });

  it("refuses one character, markup, a page size over 100, an unknown asset type or look-up type with 400 naming the field", async () => {
    for (const [path, field] of [
      ["persons?searchText=a", "searchText"],
      ["persons?searchText=%3Cscript%3E", "searchText"],
      ["persons?searchText=ab&pageSize=101", "pageSize"],
      ["assets?searchText=ab&assetTypes=Castle", "assetTypes.0"],
      ["accounts?searchText=restful", "lookUpType"],
      ["accounts?lookUpType=Surname&searchText=restful", "lookUpType"],
      ["accounts?lookUpType=TenantName&searchText=r", "searchText"],
      ["accounts?lookUpType=TenantName&searchText=restful&sortBy=arrears", "sortBy"],
      ["property-accounts?assetTypes=Block", "searchText"],
      ["property-accounts?searchText=route&assetTypes=Castle", "assetTypes.0"],
      ["property-accounts?searchText=route&page=0", "page"],
    ] as const) {
      const response = await get(`/api/v1/search/${path}`);
      expect(response.status).toBe(400);
      expect((response.body.fieldErrors as { path: string }[]).map((e) => e.path)).toContain(field);
    }
  });

  it("answers assets and tenures in their own shapes, and walks a cursor", async () => {
    const assets = await get("/api/v1/search/assets?searchText=route%20house&assetTypes=Dwelling&sortBy=address");
    expect((assets.body.results as { assets: { id: string }[] }).assets.map((a) => a.id)).toEqual([
      ids.flat9,
      ids.flat10,
    ]);
    expect((await get("/api/v1/search/tenures?searchText=route")).body).toEqual({ results: { tenures: [] }, total: 0 });
    const firstPage = await get("/api/v1/search/assets/cursor?searchText=route&pageSize=2");
    expect(firstPage.body.nextCursor).toEqual(expect.any(String));
    const lastPage = await get(
      `/api/v1/search/assets/cursor?searchText=route&pageSize=2&cursor=${String(firstPage.body.nextCursor)}`,
    );
    expect(lastPage.body).toMatchObject({ nextCursor: null });
    expect((lastPage.body.results as unknown[]).length).toBe(1);
  });

  it("answers accounts as { results: { accounts }, total } with the hit's balance, tenure, property and tenants", async () => {
    const found = await get(
      "/api/v1/search/accounts?lookUpType=TenantName&searchText=restful&sortBy=balance&isDesc=true",
    );
    expect(found.status).toBe(200);
    expect(Object.keys(found.body)).toEqual(["results", "total"]);
    expect(found.body).toMatchObject({ total: 1, results: { accounts: [{ id: ids.account }] } });
    const [account] = (found.body.results as { accounts: Record<string, unknown>[] }).accounts;
    expect(Object.keys(account ?? {}).sort()).toEqual(
      [
        "accountStatus",
        "address",
        "asset",
        "balance",
        "id",
        "paymentReference",
        "postCode",
        "rentAccountNumber",
        "tenants",
        "tenure",
        "totalBalance",
      ].sort(),
    );
    expect(account).toMatchObject({
      rentAccountNumber: "RT90001",
      balance: 0,
      totalBalance: 0,
      address: "3 Ledger Lane, E8 1DY",
      asset: { id: ids.home, assetType: "Dwelling" },
      tenants: [{ id: ids.person, fullName: "Ms Horatio Restful", isResponsible: true }],
    });
    expect(Object.keys(account?.tenure ?? {}).sort()).toEqual(
      ["endDate", "id", "isActive", "startDate", "tenureTypeCode", "type"].sort(),
    );
    const byReference = await get("/api/v1/search/accounts?lookUpType=PaymentReference&searchText=rt900");
    expect(byReference.body).toMatchObject({ total: 1, results: { accounts: [{ id: ids.account }] } });
    const byAddress = await get("/api/v1/search/accounts?lookUpType=Address&searchText=restful");
    expect(byAddress.body).toEqual({ results: { accounts: [] }, total: 0 });
  });

  it("lets any member of staff search accounts", async () => {
    for (const role of ["housing-officer", "finance-officer", "social-care-officer"] as const) {
      const response = await fetch(`${server.url}/api/v1/search/accounts?lookUpType=TenantName&searchText=restful`, {
        headers: { authorization: `Bearer ${await server.tokenFor(role)}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it("answers property accounts as { results: { assets }, total }, a block with its homes and their totals", async () => {
    const found = await get("/api/v1/search/property-accounts?searchText=route%20house&assetTypes=Block&pageSize=5");
    expect(found.status).toBe(200);
    expect(Object.keys(found.body)).toEqual(["results", "total"]);
    const [block] = (found.body.results as { assets: Record<string, unknown>[] }).assets;
    expect(Object.keys(block ?? {}).sort()).toEqual(
      [
        "account",
        "assetAddress",
        "assetId",
        "assetType",
        "children",
        "fullAddress",
        "id",
        "name",
        "totalBalance",
        "totalDwellingRent",
        "totalNonDwellingRent",
        "totalRentalServiceCharges",
        "totalServiceCharges",
      ].sort(),
    );
    expect(found.body.total).toBe(1);
    expect(block).toMatchObject({
      id: ids.block,
      assetType: "Block",
      name: "Route House",
      account: null,
      totalBalance: 0,
    });
    expect((block?.children as { id: string; children: unknown[] }[]).map((child) => child.id)).toEqual([
      ids.flat9,
      ids.flat10,
    ]);
  });

  it("documents the finance searches in the OpenAPI document, whose every $ref resolves", async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    const document = (await response.json()) as Record<string, unknown>;
    const operation = (path: string) =>
      (document.paths as Record<string, { get?: { parameters: { name: string; required: boolean }[] } }>)[path]?.get;
    expect(operation("/api/v1/search/accounts")?.parameters).toContainEqual(
      expect.objectContaining({ name: "lookUpType", required: true }),
    );
    expect(operation("/api/v1/search/property-accounts")?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["searchText", "assetTypes", "page", "pageSize"]),
    );
    const refs: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "$ref" && typeof value === "string") refs.push(value);
          else collect(value);
        }
      }
    };
    collect(document);
    expect(refs).toContain("#/components/schemas/PropertyAccount");
    for (const ref of refs) {
      const target = ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, ref).toEqual(expect.objectContaining({ type: "object" }));
    }
  });

  it("reports the index status and lag", async () => {
    const status = await get("/api/v1/search/status");
    expect(status.body).toMatchObject({ engine: "postgres", isBuilt: true, deadLetters: 0 });
  });

  it("lists an asset's children in natural order, and 404s an unknown asset", async () => {
    const children = await get(`/api/v1/assets/${ids.block}/children`);
    expect((children.body.results as { id: string }[]).map((c) => c.id)).toEqual([ids.flat9, ids.flat10]);
    expect((await get("/api/v1/assets/3c9e5a1b-0000-4000-8000-000000000000/children")).status).toBe(404);
  });
});

describe("REST search as the council's existing clients call it", () => {
  const fieldErrorPaths = (body: Record<string, unknown>) =>
    (body.fieldErrors as { path: string }[]).map((e) => e.path);
  const idsOf = (body: Record<string, unknown>, kind: string) =>
    ((body.results as Record<string, { id: string }[]>)[kind] ?? []).map((hit) => hit.id);
  let financeToken: string;
  let paymentId: string;
  let suspenseId: string;

  beforeAll(async () => {
    financeToken = await server.tokenFor("finance-officer");
    const integration = callerFor(database.db, actorWithRole("integration-service"));
    const received = { transactionType: "Payment", transactionSource: "BACS", senderName: "MR ALIASBY" } as const;
    paymentId = (
      await integration.finance.recordTransaction({
        ...received,
        rentAccountId: ids.account ?? "",
        transactionDate: "2021-12-07",
        transactionAmount: 40,
      })
    ).id;
    suspenseId = (
      await integration.finance.recordTransaction({
        ...received,
        isSuspense: true,
        paymentReference: "ALIASBY1",
        transactionDate: "2021-12-08",
        transactionAmount: 25,
      })
    ).id;
  });

  it("reads booleans as true or false in any case, and refuses anything else naming the field", async () => {
    const oldestFirst = await get("/api/v1/search/assets?searchText=route%20house&sortBy=address&isDesc=False");
    const newestFirst = await get("/api/v1/search/assets?searchText=route%20house&sortBy=address&isDesc=TRUE");
    expect(oldestFirst.status).toBe(200);
    expect(idsOf(newestFirst.body, "assets")).toEqual(idsOf(oldestFirst.body, "assets").reverse());
    expect((await get("/api/v1/search/tenures?searchText=ledger&isActive=True")).status).toBe(200);
    expect((await get(`/api/v1/contact-details?targetId=${ids.person}&includeHistoric=TRUE`)).status).toBe(200);
    const suspense = await get("/api/v1/search/transactions?searchText=aliasby&isSuspense=True", financeToken);
    expect(idsOf(suspense.body, "transactions")).toEqual([suspenseId]);
    const refused = await get("/api/v1/search/persons?searchText=restful&isDesc=yes");
    expect(refused.status).toBe(400);
    expect(fieldErrorPaths(refused.body)).toEqual(["isDesc"]);
  });

  it("reads sortBy in any case as its canonical value, and still refuses an unknown sort", async () => {
    const byAddress = await get("/api/v1/search/assets?searchText=route%20house&assetTypes=Dwelling&sortBy=Address");
    expect(idsOf(byAddress.body, "assets")).toEqual([ids.flat9, ids.flat10]);
    for (const path of [
      "persons?searchText=restful&sortBy=Surname",
      "persons?searchText=restful&sortBy=RELEVANCE",
      "tenures?searchText=ledger&sortBy=StartDate",
      "accounts?lookUpType=TenantName&searchText=restful&sortBy=Balance",
    ]) {
      expect((await get(`/api/v1/search/${path}`)).status, path).toBe(200);
    }
    const byAmount = await get(
      "/api/v1/search/transactions?targetId=" + ids.account + "&sortBy=TransactionAmount",
      financeToken,
    );
    expect(byAmount.status).toBe(200);
    const unknown = await get("/api/v1/search/persons?searchText=restful&sortBy=Address");
    expect(unknown.status).toBe(400);
    expect(fieldErrorPaths(unknown.body)).toEqual(["sortBy"]);
  });

  it("reads assetType as assetTypes and pageNumber as page, and refuses both names with different values", async () => {
    const seedExample = await get(
      "/api/v1/search/assets?assetType=Block&searchText=Route%20House&pageSize=5&pageNumber=1&sortBy=Address&isDesc=false",
    );
    expect(seedExample.status).toBe(200);
    expect(idsOf(seedExample.body, "assets")).toEqual([ids.block]);
    const secondPage = await get(
      "/api/v1/search/assets?searchText=route%20house&assetType=Dwelling&pageSize=1&pageNumber=2",
    );
    expect(secondPage.body).toMatchObject({ total: 2 });
    expect(idsOf(secondPage.body, "assets")).toEqual([ids.flat10]);
    const properties = await get(
      "/api/v1/search/property-accounts?searchText=route%20house&assetType=Block&pageNumber=1",
    );
    expect(idsOf(properties.body, "assets")).toEqual([ids.block]);
    const agreeing = await get(
      "/api/v1/search/assets?searchText=route%20house&assetType=Block&assetTypes=Block&page=1&pageNumber=1",
    );
    expect(idsOf(agreeing.body, "assets")).toEqual([ids.block]);
    expect((await get("/api/v1/search/assets/cursor?searchText=route%20house&assetType=Block")).body).toMatchObject({
      results: [{ id: ids.block }],
    });

    for (const [path, field] of [
      ["assets?searchText=route&assetType=Block&assetTypes=Dwelling", "assetTypes"],
      ["property-accounts?searchText=route&assetType=Estate&assetTypes=Block", "assetTypes"],
      ["persons?searchText=restful&page=1&pageNumber=2", "page"],
      ["tenures?searchText=ledger&page=2&pageNumber=1", "page"],
      ["accounts?lookUpType=TenantName&searchText=restful&page=1&pageNumber=3", "page"],
      ["property-accounts?searchText=route&page=1&pageNumber=2", "page"],
      ["persons?searchText=restful&pageNumber=0", "pageNumber"],
    ] as const) {
      const response = await get(`/api/v1/search/${path}`);
      expect(response.status, path).toBe(400);
      expect(fieldErrorPaths(response.body), path).toEqual([field]);
    }
    const transactions = "/api/v1/search/transactions?searchText=aliasby&isSuspense=true&pageSize=1";
    expect((await get(`${transactions}&pageNumber=2`, financeToken)).body).toMatchObject({
      total: 1,
      results: { transactions: [] },
    });
    const conflict = await get(`${transactions}&page=1&pageNumber=2`, financeToken);
    expect(conflict.status).toBe(400);
    expect(fieldErrorPaths(conflict.body)).toEqual(["page"]);
  });

  it("takes a transaction search's dates as yyyy-mm-dd or an ISO 8601 date-time's own date, refusing nonsense", async () => {
    const search = (dates: string) =>
      get(`/api/v1/search/transactions?searchText=aliasby&isSuspense=false&${dates}`, financeToken);
    for (const dates of [
      "startDate=2021-12-07&endDate=2021-12-07",
      "startDate=2021-12-07T00:00:00Z&endDate=2021-12-07T23:00:00%2B00:00",
      "startDate=2021-12-07T23:59:59-05:00",
    ]) {
      const found = await search(dates);
      expect(found.status, dates).toBe(200);
      expect(idsOf(found.body, "transactions"), dates).toEqual([paymentId]);
    }
    expect(idsOf((await search("endDate=2021-12-06T23:59:59Z")).body, "transactions")).toEqual([]);
    for (const [dates, field] of [
      ["startDate=yesterday", "startDate"],
      ["endDate=2021-12-07T25:00:00Z", "endDate"],
      ["startDate=2021-02-30T00:00:00Z", "startDate"],
      ["startDate=2021-12-08T00:00:00Z&endDate=2021-12-07T00:00:00Z", "endDate"],
    ] as const) {
      const refused = await search(dates);
      expect(refused.status, dates).toBe(400);
      expect(fieldErrorPaths(refused.body), dates).toEqual([field]);
    }
  });

  it("leaves payments in suspense out of a transaction search unless asked, and answers the total inside results too", async () => {
    const unsaid = await get("/api/v1/search/transactions?searchText=aliasby", financeToken);
    expect(unsaid.body).toMatchObject({ total: 1, results: { total: 1, transactions: [{ id: paymentId }] } });
    const awaiting = await get(
      "/api/v1/search/transactions?searchText=aliasby&suspenseStatus=AwaitingMatch",
      financeToken,
    );
    expect(awaiting.body).toMatchObject({ total: 1, results: { total: 1, transactions: [{ id: suspenseId }] } });
  });

  it("documents the aliases and the isSuspense default in the OpenAPI document", async () => {
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters: { name: string; description?: string }[] } }>;
    };
    const parameters = (path: string) => document.paths[path]?.get?.parameters ?? [];
    const names = (path: string) => parameters(path).map((p) => p.name);
    expect(names("/api/v1/search/assets")).toEqual(
      expect.arrayContaining(["assetTypes", "assetType", "page", "pageNumber"]),
    );
    expect(names("/api/v1/search/property-accounts")).toEqual(
      expect.arrayContaining(["assetTypes", "assetType", "page", "pageNumber"]),
    );
    for (const path of ["persons", "tenures", "accounts", "transactions"]) {
      expect(names(`/api/v1/search/${path}`), path).toEqual(expect.arrayContaining(["page", "pageNumber"]));
    }
    expect(parameters("/api/v1/search/transactions").find((p) => p.name === "isSuspense")?.description).toMatch(
      /false when left out/,
    );
  });
});

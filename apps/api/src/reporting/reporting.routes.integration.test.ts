import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import type { CursorQuery, SearchVisibility } from "../search/search-engine.port.ts";
import { addHouseholdMember, makeAsset, makeTenure } from "../testing/factories.ts";
import { startTestServer } from "../testing/test-kit.ts";
import { exportPageSize } from "./csv-export.ts";

const by = { id: "test", name: "Test", email: "test@example.org" };
// More than two of the export's pages, so the file is proven to join pages rather than stop at one.
const exporterCount = exportPageSize * 2 + 200;
const paymentCount = exportPageSize * 2 + 100;

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let officerToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await db.person.createMany({
    data: Array.from({ length: exporterCount }, (_, index) => ({
      personRef: 500_000 + index,
      firstName: `Member${index}`,
      surname: "Exporter",
      personTypes: index % 4 === 0 ? ["Leaseholder" as const] : ["Tenant" as const],
      reason: "Export test",
      createdBy: by,
      modifiedBy: by,
    })),
  });
  // Names as a legacy system might have sent them: a comma, quotes and a leading formula.
  await db.person.create({
    data: {
      personRef: 499_999,
      firstName: '=HYPERLINK("http://example.org")',
      middleName: 'Jo "JJ", Jr',
      surname: "Quotington",
      dateOfBirth: new Date("1970-01-31"),
      personTypes: ["Tenant"],
      reason: "Export test",
      createdBy: by,
      modifiedBy: by,
    },
  });
  const block = await db.asset.create({
    data: {
      propertyReference: "81000001",
      assetType: "Block",
      name: "Ledger Court",
      addressLine1: "Ledger Court",
      createdBy: by,
      modifiedBy: by,
    },
  });
  const flat = await makeAsset(db, { addressLine1: "Flat 3, Ledger Court", parentId: block.id });
  const tenure = await makeTenure(db, { assetId: flat.id, startOfTenureDate: new Date("2019-05-06") });
  const holder = await db.person.create({
    data: {
      personRef: 499_998,
      firstName: "Hattie",
      surname: "Holder",
      personTypes: ["Tenant"],
      reason: "Test",
      createdBy: by,
      modifiedBy: by,
    },
  });
  const child = await db.person.create({
    data: {
      personRef: 499_997,
      firstName: "Kit",
      surname: "Holder",
      personTypes: ["HouseholdMember"],
      reason: "Test",
      createdBy: by,
      modifiedBy: by,
    },
  });
  await addHouseholdMember(db, tenure.id, holder.id, true);
  await addHouseholdMember(db, tenure.id, child.id, false);
  // The Holders' name is another tenancy's street: each look-up type must keep to its own field.
  const street = await makeAsset(db, { addressLine1: "2 Holder Street" });
  const streetTenure = await makeTenure(db, { assetId: street.id });
  const ranger = await db.person.create({
    data: {
      personRef: 499_996,
      firstName: "Rory",
      surname: "Ranger",
      personTypes: ["Tenant"],
      reason: "Test",
      createdBy: by,
      modifiedBy: by,
    },
  });
  await addHouseholdMember(db, streetTenure.id, ranger.id, true);
  await db.rentAccount.createMany({
    data: [
      { tenureId: tenure.id, rentAccountNumber: "RA100001", balance: -123.45, createdBy: by, modifiedBy: by },
      { tenureId: streetTenure.id, rentAccountNumber: "RA100002", balance: 50, createdBy: by, modifiedBy: by },
    ],
  });
  // Thirty dates and one write time for all: most rows tie on both, so paging must order by id too.
  await db.transaction.createMany({
    data: Array.from({ length: paymentCount }, (_, index) => ({
      isSuspense: true,
      transactionType: "Payment" as const,
      transactionSource: "Bank",
      transactionDate: new Date(Date.UTC(2024, 0, 1 + (index % 30))),
      transactionAmount: 10 + (index % 7),
      paidAmount: 10 + (index % 7),
      periodNo: 1,
      financialYear: 2023,
      financialMonth: 10,
      paymentReference: `PAY${String(index).padStart(5, "0")}`,
      senderName: index % 2 === 0 ? "Even Sender" : "Odd Sender",
      fund: "HRA",
      createdBy: by,
      modifiedBy: by,
    })),
  });
  await db.transaction.create({
    data: {
      transactionType: "Adjustment",
      transactionSource: "Manual",
      transactionDate: new Date("2024-03-01"),
      transactionAmount: -12.5,
      periodNo: 1,
      financialYear: 2023,
      financialMonth: 12,
      paymentReference: "=1+1",
      senderName: 'Smith, "Bob"',
      fund: "HRA",
      createdBy: by,
      modifiedBy: by,
    },
  });
  await rebuildSearchIndex({ db, search: new PostgresSearchEngine(db), clock: systemClock });
  server = await startTestServer(db);
  officerToken = await server.tokenFor("housing-officer");
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

async function download(url: string, path: string, token: string | null = officerToken) {
  return fetch(`${url}${path}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
}

/** The file's bytes as text, the byte order mark kept (Response.text() would drop it), split into rows. */
async function csvOf(response: Response) {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.endsWith("\r\n")).toBe(true);
  return { text, rows: text.slice(0, -2).split("\r\n") };
}

describe("GET /api/v1/search/persons/export", () => {
  it("answers a CSV attachment named after the search and today's date", async () => {
    const response = await download(server.url, "/api/v1/search/persons/export?searchText=exporter");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="persons-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { text, rows } = await csvOf(response);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(rows[0]).toBe(
      "\uFEFFName,Known as,Person reference,Person types,Cautionary alert,Date of birth,Tenures,Total balance",
    );
  });

  it("has a row for every match, across every page the export reads", async () => {
    const { rows } = await csvOf(await download(server.url, "/api/v1/search/persons/export?searchText=exporter"));
    const references = rows.slice(1).map((row) => row.split(",")[2]);
    expect(references).toHaveLength(exporterCount);
    expect(new Set(references)).toEqual(new Set(Array.from({ length: exporterCount }, (_, i) => String(500_000 + i))));
    expect(rows[1]).toMatch(/^Member\d+ Exporter,,5\d{5},(Tenant|Leaseholder),No,,,$/);
  });

  it("takes the search's filters", async () => {
    const { rows } = await csvOf(
      await download(server.url, "/api/v1/search/persons/export?searchText=exporter&personType=Leaseholder"),
    );
    expect(rows).toHaveLength(1 + exporterCount / 4);
    expect(rows.slice(1).every((row) => row.includes(",Leaseholder,"))).toBe(true);
  });

  it("quotes commas and quotes, and keeps a spreadsheet from running a name as a formula", async () => {
    const { rows } = await csvOf(await download(server.url, "/api/v1/search/persons/export?searchText=quotington"));
    expect(rows.slice(1)).toEqual([
      `"'=HYPERLINK(""http://example.org"") Jo ""JJ"", Jr Quotington",,499999,Tenant,No,1970-01-31,,`,
    ]);
  });

  it("refuses bad input with 400 naming the field, before sending any CSV", async () => {
    for (const [path, field] of [
      ["persons/export?searchText=a", "searchText"],
      ["persons/export", "searchText"],
      ["persons/export?searchText=%3Cb%3E", "searchText"],
      ["persons/export?searchText=ab&personType=Wizard", "personType.0"],
      ["assets/export?searchText=ab&assetTypes=Castle", "assetTypes.0"],
      ["tenures/export?searchText=ab&isActive=maybe", "isActive"],
    ] as const) {
      const response = await download(server.url, `/api/v1/search/${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("content-disposition")).toBeNull();
      const body = (await response.json()) as { fieldErrors: { path: string }[] };
      expect(body.fieldErrors.map((error) => error.path)).toContain(field);
    }
  });

  it("refuses a request without a token", async () => {
    expect((await download(server.url, "/api/v1/search/persons/export?searchText=exporter", null)).status).toBe(401);
  });
});

describe("the search's order and the staff app's wording, when asked for", () => {
  /** Person references of a search's pages, one page after another, as the staff app would list them. */
  async function searchedReferences(query: string) {
    const references: string[] = [];
    for (let page = 1; ; page += 1) {
      const response = await download(server.url, `/api/v1/search/persons?${query}&pageSize=100&page=${page}`);
      const found = ((await response.json()) as { results: { persons: { personRef: number }[] } }).results.persons;
      references.push(...found.map((person) => String(person.personRef)));
      if (found.length < 100) return references;
    }
  }

  it("with sortBy, lists every match in the search's order across every page, either way", async () => {
    for (const order of ["sortBy=surname", "sortBy=surname&isDesc=true", "sortBy=relevance"]) {
      const { rows } = await csvOf(
        await download(server.url, `/api/v1/search/persons/export?searchText=exporter&${order}`),
      );
      const references = rows.slice(1).map((row) => row.split(",")[2]);
      expect(references, order).toHaveLength(exporterCount);
      expect(references, order).toEqual(await searchedReferences(`searchText=exporter&${order}`));
    }
  });

  it("with layout=screen, writes the result cards' columns and words: dd/mm/yyyy dates, person types as said", async () => {
    const quoted = await csvOf(
      await download(server.url, "/api/v1/search/persons/export?searchText=quotington&layout=screen"),
    );
    expect(quoted.rows).toEqual([
      "\uFEFFName,Known as,Person types,Cautionary alert,Date of birth,Tenures",
      `"'=HYPERLINK(""http://example.org"") Jo ""JJ"", Jr Quotington",,Tenant,No,31/01/1970,None`,
    ]);
    const holders = await csvOf(
      await download(server.url, "/api/v1/search/persons/export?searchText=holder&sortBy=surname&layout=screen"),
    );
    expect(holders.rows.slice(1)).toEqual([
      'Hattie Holder,,Tenant,No,Not recorded,"Flat 3, Ledger Court, E8 1DY (Active)"',
      'Kit Holder,,Household member,No,Not recorded,"Flat 3, Ledger Court, E8 1DY (Active)"',
      // Found by the street of his tenure.
      'Rory Ranger,,Tenant,No,Not recorded,"2 Holder Street, E8 1DY (Active)"',
    ]);
    const tenures = await csvOf(
      await download(server.url, "/api/v1/search/tenures/export?searchText=ledger&sortBy=startDate&layout=screen"),
    );
    expect(tenures.rows[0]).toBe(
      "\uFEFFAddress,Status,Payment reference,Tenure type,Tenure holders,Other household members,Start date,End date",
    );
    expect(tenures.rows.slice(1)).toEqual([
      expect.stringMatching(
        /^"Flat 3, Ledger Court, E8 1DY",Active,\d+,Secure,Hattie Holder,Kit Holder,06\/05\/2019,$/,
      ),
    ]);
    const assets = await csvOf(
      await download(server.url, "/api/v1/search/assets/export?searchText=ledger&sortBy=address&layout=screen"),
    );
    expect(assets.rows[0]).toBe(
      "\uFEFFProperty,Address,Type,UPRN,Property reference,Tenure,Residents,Part of,Cautionary alert",
    );
    expect(assets.rows.slice(1)).toEqual([
      expect.stringMatching(/^Ledger Court,Ledger Court,Block,None,81000001,No tenure,,,No$/),
      expect.stringMatching(
        /^"Flat 3, Ledger Court, E8 1DY","Flat 3, Ledger Court, E8 1DY",Dwelling,\d+,\d+,"Active Secure, payment reference \d+","(Hattie Holder, Kit Holder|Kit Holder, Hattie Holder)",Ledger Court,No$/,
      ),
    ]);
  });

  it("refuses an unknown sort or layout with 400 naming the field", async () => {
    for (const [path, field] of [
      ["persons/export?searchText=ab&sortBy=startDate", "sortBy"],
      ["tenures/export?searchText=ab&sortBy=surname", "sortBy"],
      ["assets/export?searchText=ab&layout=pretty", "layout"],
    ] as const) {
      const response = await download(server.url, `/api/v1/search/${path}`);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { fieldErrors: { path: string }[] };
      expect(body.fieldErrors.map((error) => error.path)).toContain(field);
    }
  });
});

describe("GET /api/v1/search/assets/export and /tenures/export", () => {
  it("write the columns of the property and tenure result cards", async () => {
    const assets = await csvOf(
      await download(server.url, "/api/v1/search/assets/export?searchText=ledger&assetTypes=Dwelling"),
    );
    expect(assets.rows[0]).toBe(
      "\uFEFFName,Address,Type,UPRN,Property reference,Tenure type,Tenure status,Payment reference,Residents,Part of,Cautionary alert",
    );
    expect(assets.rows).toHaveLength(2);
    expect(assets.rows[1]).toMatch(
      /^,"Flat 3, Ledger Court, E8 1DY",Dwelling,\d+,\d+,Secure,Active,\d+,"(Hattie Holder, Kit Holder|Kit Holder, Hattie Holder)",Ledger Court,No$/,
    );
    const tenures = await csvOf(
      await download(server.url, "/api/v1/search/tenures/export?searchText=ledger&isActive=true"),
    );
    expect(tenures.rows[0]).toBe(
      "\uFEFFAddress,Payment reference,Tenure type,Status,Tenure holders,Other household members,Start date,End date",
    );
    expect(tenures.rows.slice(1)).toEqual([
      expect.stringMatching(/^"Flat 3, Ledger Court, E8 1DY",\d+,Secure,Active,Hattie Holder,Kit Holder,2019-05-06,$/),
    ]);
  });
});

describe("GET /api/v1/search/accounts/export", () => {
  it("writes the accounts found by the look-up type asked for, with their balances", async () => {
    const byTenant = await csvOf(
      await download(server.url, "/api/v1/search/accounts/export?lookUpType=TenantName&searchText=holder"),
    );
    expect(byTenant.rows[0]).toBe(
      "\uFEFFRent account number,Payment reference,Address,Postcode,Tenure type,Tenure status,Tenants,Account status,Balance",
    );
    expect(byTenant.rows.slice(1)).toEqual([
      expect.stringMatching(
        /^RA100001,\d+,"Flat 3, Ledger Court, E8 1DY",E8 1DY,Secure,Active,"(Hattie Holder \(responsible\), Kit Holder|Kit Holder, Hattie Holder \(responsible\))",Active,-123.45$/,
      ),
    ]);
    const byAddress = await csvOf(
      await download(server.url, "/api/v1/search/accounts/export?lookUpType=Address&searchText=holder"),
    );
    expect(byAddress.rows.slice(1)).toEqual([
      expect.stringMatching(
        /^RA100002,\d+,"2 Holder Street, E8 1DY",E8 1DY,Secure,Active,Rory Ranger \(responsible\),Active,50$/,
      ),
    ]);
  });

  it("needs a look-up type, like the search", async () => {
    const response = await download(server.url, "/api/v1/search/accounts/export?searchText=holder");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fieldErrors: { path: string }[] };
    expect(body.fieldErrors.map((error) => error.path)).toEqual(["lookUpType"]);
  });
});

describe("GET /api/v1/search/transactions/export", () => {
  const exportAs = async (role: "finance-officer" | "housing-officer", query: string) =>
    download(server.url, `/api/v1/search/transactions/export?${query}`, await server.tokenFor(role));

  it("writes every transaction found across pages, in the search's order, ties and all", async () => {
    const response = await exportAs("finance-officer", "isSuspense=true");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="transactions-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const { rows } = await csvOf(response);
    expect(rows[0]).toBe(
      "\uFEFFDate,Type,Amount,Paid,Charged,Housing benefit,Balance after,Payment reference,Sender,Bank account,Sort code,Address,In suspense,Suspense match,Rent account id,Fund,Source,Financial year,Period",
    );
    const cells = rows.slice(1).map((row) => row.split(","));
    expect(cells).toHaveLength(paymentCount);
    expect(new Set(cells.map((row) => row[7])).size).toBe(paymentCount);
    const dates = cells.map((row) => row[0] ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows[1]).toMatch(/^2024-01-30,Payment,\d+,\d+,0,0,,PAY\d{5},(Even|Odd) Sender,,,,Yes,,,HRA,Bank,2023,1$/);
  });

  it("takes the search's filters and sort", async () => {
    const { rows } = await csvOf(
      await exportAs(
        "finance-officer",
        "searchText=even&isSuspense=true&sortBy=transactionAmount&isDesc=false&startDate=2024-01-01",
      ),
    );
    expect(rows).toHaveLength(1 + paymentCount / 2);
    const amounts = rows.slice(1).map((row) => Number(row.split(",")[2]));
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
  });

  it("leaves payments in suspense out unless isSuspense=true or a suspense status asks for them, as the search does", async () => {
    expect((await csvOf(await exportAs("finance-officer", "searchText=sender"))).rows).toHaveLength(1);
    const awaiting = await csvOf(await exportAs("finance-officer", "searchText=odd&suspenseStatus=AwaitingMatch"));
    expect(awaiting.rows).toHaveLength(1 + paymentCount / 2);
  });

  it("keeps negative amounts as numbers and a payer's reference from running as a formula", async () => {
    const { rows } = await csvOf(await exportAs("finance-officer", "searchText=smith"));
    expect(rows.slice(1)).toEqual([
      `2024-03-01,Adjustment,-12.5,0,0,0,,'=1+1,"Smith, ""Bob""",,,,No,,,HRA,Manual,2023,1`,
    ]);
  });

  it("is for finance roles only: a housing officer is refused with 403 and no file", async () => {
    const response = await exportAs("housing-officer", "isSuspense=true");
    expect(response.status).toBe(403);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await response.json()).toMatchObject({ code: "Forbidden" });
  });

  it("refuses bad filters with 400 naming the field", async () => {
    for (const [query, field] of [
      ["startDate=2024-02-01&endDate=2024-01-01", "endDate"],
      ["targetId=42", "targetId"],
      ["sortBy=sender", "sortBy"],
      ["isSuspense=false&suspenseStatus=Proposed", "suspenseStatus"],
    ] as const) {
      const response = await exportAs("finance-officer", query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { fieldErrors: { path: string }[] };
      expect(body.fieldErrors.map((error) => error.path)).toContain(field);
    }
  });
});

/** PostgreSQL search that breaks down from its nth cursor read on. */
class SearchFailingFromRead extends PostgresSearchEngine {
  private reads = 0;
  constructor(
    db: TestDatabase["db"],
    private readonly failingRead: number,
  ) {
    super(db);
  }
  override async readAfter(query: CursorQuery, visibility: SearchVisibility) {
    this.reads += 1;
    if (this.reads >= this.failingRead) throw new Error("The search engine went away");
    return super.readAfter(query, visibility);
  }
}

/** Exports every "exporter" through a server whose search fails from its nth cursor read on. */
async function exportWithSearchFailingFromRead(failingRead: number, check: (response: Response) => Promise<void>) {
  const failing = await startTestServer(database.db, { search: new SearchFailingFromRead(database.db, failingRead) });
  try {
    const token = await failing.tokenFor("housing-officer");
    await check(await download(failing.url, "/api/v1/search/persons/export?searchText=exporter", token));
  } finally {
    await failing.stop();
  }
}

describe("an export whose search fails", () => {
  it("cuts the connection when reading fails part-way, so the file cannot pass for complete", async () => {
    await exportWithSearchFailingFromRead(2, async (response) => {
      expect(response.status).toBe(200);
      await expect(response.arrayBuffer()).rejects.toThrow();
    });
  });

  it("answers an ordinary 500 when the first page cannot be read", async () => {
    await exportWithSearchFailingFromRead(1, async (response) => {
      expect(response.status).toBe(500);
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.json()).toMatchObject({ message: "Internal server error" });
    });
  });
});

describe("the OpenAPI document", () => {
  it("describes each export as a text/csv response with the header row as its example", async () => {
    const document = (await (await download(server.url, "/api/openapi.json", null)).json()) as {
      paths: Record<
        string,
        { get: { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> } }
      >;
    };
    for (const kind of ["persons", "assets", "tenures", "accounts", "transactions"]) {
      const operation = document.paths[`/api/v1/search/${kind}/export`]?.get;
      expect(Object.keys(operation?.responses["200"]?.content ?? {})).toEqual(["text/csv; charset=utf-8"]);
    }
    expect(document.paths["/api/v1/search/persons/export"]?.get.responses["200"]?.content).toMatchObject({
      "text/csv; charset=utf-8": { schema: { type: "string", example: expect.stringContaining("Name,Known as") } },
    });
  });
});

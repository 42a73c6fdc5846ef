import type pg from "pg";

export type LookUpType = "TenantName" | "Address" | "PaymentReference";

/** One search as an officer's screen sends it: the REST query string, and what it is an example of. */
export type BenchQuery = {
  kind: string;
  index: "persons" | "assets" | "tenures" | "accounts";
  searchText: string;
  page: number;
  sortBy: string;
  isDesc: boolean;
  lookUpType?: LookUpType;
};

/** "Johnson" → "Jonhson": two letters in the middle swapped, the commonest typing slip. */
function transpose(word: string): string {
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2);
}

/** The street of an address line: "Flat 14, Rowley Court" → "Rowley Court", "42 Kenninghall Road" → "Kenninghall Road". */
const streetOf = (line: string) => line.replace(/^(flat \d+,?\s*)?\d*\s*/i, "");

type Sample = Record<string, string>;

/** Rows drawn evenly from the whole table in a fixed order (same data → same mix). */
async function sample(sql: pg.Pool, query: string, count: number): Promise<Sample[]> {
  const { rows } = await sql.query<Sample>(`SELECT * FROM (${query}) s ORDER BY md5(s.k) LIMIT $1`, [count]);
  return rows;
}

const query = (
  kind: string,
  index: BenchQuery["index"],
  searchText: string,
  options: Partial<Omit<BenchQuery, "kind" | "index" | "searchText">> = {},
): BenchQuery => ({ kind, index, searchText, page: 1, sortBy: "relevance", isDesc: false, ...options });

async function personQueries(sql: pg.Pool): Promise<BenchQuery[]> {
  const surnames = await sample(
    sql,
    `SELECT DISTINCT surname AS k FROM "Person" WHERE NOT "personTypes" <@ '{HousingOfficer,HousingAreaManager}'::"PersonType"[]`,
    300,
  );
  const people = await sample(sql, `SELECT "firstName" AS first, surname AS k FROM "Person"`, 150);
  return [
    ...surnames.map((s) => query("surname", "persons", s.k ?? "")),
    ...people.map((p) => query("full name", "persons", `${p.first} ${p.k}`)),
    ...surnames
      .filter((s) => (s.k ?? "").length >= 5)
      .slice(0, 120)
      .map((s) => query("misspelt name", "persons", transpose(s.k ?? ""))),
    ...[...new Set(surnames.map((s) => (s.k ?? "").slice(0, 3).toLowerCase()))]
      .slice(0, 80)
      .map((p) => query("name prefix", "persons", p)),
    ...surnames.slice(0, 90).map((s, i) =>
      query("surname sorted, pages 2-4", "persons", s.k ?? "", {
        sortBy: "surname",
        page: 2 + (i % 3),
        isDesc: i % 2 === 1,
      }),
    ),
  ];
}

async function assetQueries(sql: pg.Pool): Promise<BenchQuery[]> {
  const homes = await sample(
    sql,
    `SELECT id::text AS k, "addressLine1" AS line, "postCode" AS postcode, uprn FROM "Asset" WHERE "assetType" IN ('Dwelling', 'House') AND "postCode" IS NOT NULL`,
    400,
  );
  const postcodes = [...new Set(homes.map((h) => h.postcode ?? ""))].slice(0, 250);
  const streets = [...new Set(homes.map((h) => streetOf(h.line ?? "")))].slice(0, 120);
  return [
    ...postcodes.map((p, i) => query("postcode", "assets", i % 2 === 0 ? p : p.replace(" ", ""))),
    ...homes.slice(0, 120).flatMap((h) => (h.uprn ? [query("uprn", "assets", h.uprn)] : [])),
    ...homes.slice(0, 250).map((h) => query("address", "assets", h.line ?? "")),
    ...streets.map((s, i) =>
      query("street by address, pages 1-3", "assets", s, { sortBy: "address", page: 1 + (i % 3) }),
    ),
  ];
}

async function tenureAndAccountQueries(sql: pg.Pool): Promise<BenchQuery[]> {
  const tenures = await sample(
    sql,
    `SELECT t.id::text AS k, t."paymentReference" AS ref, a."addressLine1" AS line, p.surname
     FROM "Tenure" t JOIN "Asset" a ON a.id = t."assetId"
     JOIN "HouseholdMember" h ON h."tenureId" = t.id AND h."isResponsible" JOIN "Person" p ON p.id = h."personId"`,
    300,
  );
  const streets = [...new Set(tenures.map((t) => streetOf(t.line ?? "")))];
  return [
    ...tenures.slice(0, 150).map((t) => query("payment ref", "tenures", t.ref ?? "")),
    ...streets
      .slice(0, 80)
      .map((s, i) => query("tenures by start date", "tenures", s, { sortBy: "startDate", isDesc: i % 2 === 0 })),
    ...tenures.slice(0, 80).map((t, i) =>
      query("account by name", "accounts", t.surname ?? "", {
        lookUpType: "TenantName",
        sortBy: i % 2 ? "balance" : "relevance",
      }),
    ),
    ...tenures.slice(80, 160).map((t, i) =>
      query("account by address", "accounts", t.line ?? "", {
        lookUpType: "Address",
        sortBy: i % 2 ? "address" : "relevance",
      }),
    ),
    ...tenures
      .slice(160, 240)
      .map((t) => query("account by reference", "accounts", t.ref ?? "", { lookUpType: "PaymentReference" })),
  ];
}

/**
 * A fixed mix of what officers type, drawn across the whole seeded data (hundreds of distinct
 * surnames, postcodes and streets), with later pages and every sort, interleaved so that every
 * slice of a run sees every kind.
 */
export async function buildQueryMix(sql: pg.Pool): Promise<BenchQuery[]> {
  const mix = [...(await personQueries(sql)), ...(await assetQueries(sql)), ...(await tenureAndAccountQueries(sql))];
  return mix.sort((a, b) => a.searchText.localeCompare(b.searchText));
}

/** The REST query string of a bench query. */
export function queryString(q: BenchQuery): string {
  const params = new URLSearchParams({
    searchText: q.searchText,
    page: String(q.page),
    pageSize: "12",
    sortBy: q.sortBy,
    isDesc: String(q.isDesc),
    ...(q.lookUpType ? { lookUpType: q.lookUpType } : {}),
  });
  return `/api/v1/search/${q.index}?${params.toString()}`;
}

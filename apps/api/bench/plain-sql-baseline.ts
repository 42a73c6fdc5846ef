// The plain-SQL baseline `pnpm bench search` prints beside the engine: each kind of query written
// by hand on the base tables (Person, Asset, Tenure, RentAccount, HouseholdMember) with
// PostgreSQL's own indexes (tsvector expressions + GIN, pg_trgm, btree), looking for the same words
// in the same fields with the same filter, sort, page and exact total. The indexes are created in
// the bench database only; they are not part of the product. An address finds as the engine's does:
// by its rarer words, any of them (see `addressQuery`).
import type pg from "pg";
import { commonTermPostings } from "../src/search/postgres/to-plan-query.ts";
import { isHouseNumber, searchWords } from "../src/search/search-text.ts";
import type { BenchQuery } from "./query-mix.ts";

const text = (column: string) => `coalesce(${column}, '')`;
const personWords = `to_tsvector('simple', lower(${["firstName", "middleName", "surname", "preferredFirstName", "preferredMiddleName", "preferredSurname"].map((c) => text(`"${c}"`)).join(" || ' ' || ")}))`;
const assetWords = `to_tsvector('simple', lower(${["addressLine1", "addressLine2", "addressLine3", "addressLine4", "postCode"].map((c) => text(`"${c}"`)).join(" || ' ' || ")} || ' ' || replace(${text(`"postCode"`)}, ' ', '') || ' ' || ${text("uprn")} || ' ' || "propertyReference"))`;

/** The baseline's indexes, made once in the bench database, then statistics for them. */
export async function prepareBaseline(sql: pg.Pool): Promise<void> {
  await sql.query(`CREATE INDEX IF NOT EXISTS bench_person_words ON "Person" USING gin (${personWords})`);
  await sql.query(
    `CREATE INDEX IF NOT EXISTS bench_person_surname_trgm ON "Person" USING gin (lower(surname) gin_trgm_ops)`,
  );
  await sql.query(`CREATE INDEX IF NOT EXISTS bench_asset_words ON "Asset" USING gin (${assetWords})`);
  await sql.query(`ANALYZE`);
}

const staff = "'{HousingOfficer,HousingAreaManager}'::\"PersonType\"[]";
const quote = (word: string) => `'${word.replace(/'/g, "''")}'`;
const prefixes = (words: string[]) => words.map((w) => `${quote(w)}:*`);
/** Any of the words, each as a prefix (a name search). */
const anyWord = (words: string[]) => prefixes(words).join(" | ");
/** Every one of the words, each as a prefix. */
const everyWord = (words: string[]) => prefixes(words).join(" & ");

/** How many base rows of an index hold a word in their address, counted up to the engine's common-word cutoff. */
export type AddressWordRows = (index: BenchQuery["index"], word: string) => number;

// The rows each index's documents come from, joined to the home whose address they carry.
const addressRows: Record<Exclude<BenchQuery["index"], "persons">, string> = {
  assets: `"Asset" a`,
  tenures: `"Tenure" t JOIN "Asset" a ON a.id = t."assetId"`,
  accounts: `"RentAccount" r JOIN "Tenure" t ON t.id = r."tenureId" JOIN "Asset" a ON a.id = t."assetId"`,
};

/**
 * Each word of the mix's property, tenure and account queries counted once in their addresses,
 * before anything is timed: the engine too counts a word once and remembers the count (for an
 * hour), so neither side pays for counting per query.
 */
export async function countAddressWords(sql: pg.Pool, mix: readonly BenchQuery[]): Promise<AddressWordRows> {
  const counts = new Map<string, number>();
  for (const q of mix) {
    if (q.index === "persons") continue;
    for (const word of searchWords(q.searchText)) {
      const key = `${q.index} ${word}`;
      if (counts.has(key)) continue;
      const { rows } = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${addressRows[q.index]} WHERE ${assetWords} @@ to_tsquery('simple', $1) LIMIT ${commonTermPostings}) x`,
        [`${quote(word)}:*`],
      );
      counts.set(key, rows[0]?.n ?? 0);
    }
  }
  return (index, word) => counts.get(`${index} ${word}`) ?? 0;
}

/**
 * The words an address finds by, as the engine's (to-postgres-query.ts `findingWords`, with
 * postgres-search-candidates.ts `onlyScoring`): a word in `commonTermPostings` rows or more only
 * ranks, and so does a house or flat number when a rarer word names the street; the others find,
 * any of them. When every word is common, a row needs them all.
 */
function addressQuery(q: BenchQuery, words: string[], rows: AddressWordRows): string {
  const common = words.map((w) => rows(q.index, w) >= commonTermPostings);
  const named = words.some((w, i) => !common[i] && !isHouseNumber(w));
  const finding = words.filter((w, i) => !common[i] && !(named && isHouseNumber(w)));
  return finding.length > 0 ? anyWord(finding) : everyWord(words);
}

type Sql = { text: string; values: unknown[] };

/**
 * A page of `select` with the exact total. Joins start from the rows the words find (`found`, made
 * first): left to itself the planner walks the whole table in the page's order.
 */
function paged(select: string, order: string, q: BenchQuery, values: unknown[], found = ""): Sql {
  return {
    text: `${found ? `WITH found AS MATERIALIZED (${found}) ` : ""}${select.replace("SELECT", "SELECT count(*) OVER ()::int AS total,")} ORDER BY ${order} LIMIT 12 OFFSET ${(q.page - 1) * 12}`,
    values,
  };
}

const way = (q: BenchQuery) => (q.isDesc ? "DESC" : "ASC");

function personsSql(q: BenchQuery, words: string[]): Sql {
  if (q.kind === "misspelt name") {
    const word = words[0] ?? "";
    return paged(
      `SELECT p.* FROM "Person" p WHERE lower(p.surname) % $1 AND levenshtein(lower(p.surname), $1) <= 2 AND NOT p."personTypes" <@ ${staff}`,
      `levenshtein(lower(p.surname), $1), lower(p.surname), lower(p."firstName"), p.id`,
      q,
      [word],
    );
  }
  const order =
    q.sortBy === "surname"
      ? `lower(p.surname) ${way(q)}, lower(p."firstName") ${way(q)}, p.id`
      : `ts_rank(${personWords}, to_tsquery('simple', $1)) DESC, lower(p.surname), lower(p."firstName"), p.id`;
  return paged(
    `SELECT p.* FROM "Person" p WHERE ${personWords} @@ to_tsquery('simple', $1) AND NOT p."personTypes" <@ ${staff}`,
    order,
    q,
    [anyWord(words)],
  );
}

function assetsSql(q: BenchQuery, words: string[], rows: AddressWordRows): Sql {
  if (q.kind === "uprn") return paged(`SELECT a.* FROM "Asset" a WHERE a.uprn = $1`, "a.id", q, [words.join("")]);
  const query = q.kind === "postcode" ? quote(words.join("")) : addressQuery(q, words, rows);
  const order =
    q.sortBy === "address"
      ? `lower(a."addressLine1"), a.id`
      : `ts_rank(${assetWords}, to_tsquery('simple', $2)) DESC, lower(a."addressLine1"), a.id`;
  return paged(
    `SELECT a.* FROM "Asset" a WHERE ${assetWords} @@ to_tsquery('simple', $1)`,
    order,
    q,
    q.sortBy === "address" ? [query] : [query, anyWord(words)],
  );
}

function tenuresSql(q: BenchQuery, words: string[], rows: AddressWordRows): Sql {
  if (q.kind === "payment ref")
    return paged(`SELECT t.* FROM "Tenure" t WHERE t."paymentReference" = $1`, "t.id", q, [q.searchText]);
  return paged(
    `SELECT t.* FROM "Tenure" t WHERE t."assetId" IN (SELECT id FROM found)`,
    `t."startOfTenureDate" ${way(q)}, t.id`,
    q,
    [addressQuery(q, words, rows)],
    `SELECT a.id FROM "Asset" a WHERE ${assetWords} @@ to_tsquery('simple', $1)`,
  );
}

function accountsSql(q: BenchQuery, words: string[], rows: AddressWordRows): Sql {
  const order = q.sortBy === "balance" ? `r.balance ${way(q)}, r.id` : "r.id";
  if (q.lookUpType === "PaymentReference")
    return paged(
      `SELECT r.* FROM "RentAccount" r JOIN "Tenure" t ON t.id = r."tenureId" WHERE t."paymentReference" = $1 OR r."rentAccountNumber" = $1`,
      order,
      q,
      [q.searchText],
    );
  if (q.lookUpType === "TenantName")
    return paged(
      `SELECT r.* FROM "RentAccount" r WHERE r."tenureId" IN (SELECT "tenureId" FROM found)`,
      order,
      q,
      [anyWord(words)],
      `SELECT h."tenureId" FROM "HouseholdMember" h JOIN "Person" p ON p.id = h."personId" WHERE ${personWords} @@ to_tsquery('simple', $1)`,
    );
  return paged(
    `SELECT r.* FROM "RentAccount" r JOIN "Tenure" t ON t.id = r."tenureId" JOIN found a ON a.id = t."assetId"`,
    q.sortBy === "address" ? `lower(a."addressLine1"), r.id` : order,
    q,
    [addressQuery(q, words, rows)],
    `SELECT a.id, a."addressLine1" FROM "Asset" a WHERE ${assetWords} @@ to_tsquery('simple', $1)`,
  );
}

/** The plain-SQL query with the same meaning as a bench query. */
export function baselineSql(q: BenchQuery, rows: AddressWordRows): Sql {
  const words = searchWords(q.searchText);
  switch (q.index) {
    case "persons":
      return personsSql(q, words);
    case "assets":
      return assetsSql(q, words, rows);
    case "tenures":
      return tenuresSql(q, words, rows);
    case "accounts":
      return accountsSql(q, words, rows);
  }
}

import { bulkCopyOf, bulkStatementsOf, type DbClient } from "@housing/db/client";
import type { TActorStamp, TPersonType } from "@housing/schemas/person";
import type { AssetAddressParts } from "../kernel/asset-address.ts";
import type { TenureKind } from "../kernel/tenure-rules.ts";

// The import's set-based reads and writes: one statement for a whole run of rows, never one a row.

/** The tables an import writes rows into, by name (never from the file). */
export type ImportTable = "Person" | "Asset" | "Tenure" | "HouseholdMember" | "RentAccount" | "Charge" | "Transaction";

/**
 * Inserts rows in the order given with `COPY`, or where the server cannot take it (the embedded
 * one) as one statement: the rows travel as one JSON array that PostgreSQL turns into the table's
 * row type. Only the columns the rows name are written, so the others take their defaults, as a
 * Prisma create leaves them.
 */
export async function insertRows(tx: DbClient, table: ImportTable, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const copy = await bulkCopyOf(tx);
  if (copy) return copy(table, rows);
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((column) => `"${column}"`);
  const run = await bulkStatementsOf(tx);
  await run(
    `INSERT INTO "${table}" (${columns.join(", ")})
     SELECT ${columns.map((column) => `r.${column}`).join(", ")}
     FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) WITH ORDINALITY AS r ORDER BY r.ordinality`,
    [JSON.stringify(rows)],
  );
}

/** The types of these assets, locked as a tenure's or a child's write locks them one at a time. */
export async function lockAssetTypes(tx: DbClient, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ id: string; assetType: string }[]>`
    SELECT id::text AS id, "assetType"::text AS "assetType" FROM "Asset"
    WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
  return new Map(rows.map((row) => [row.id, row.assetType]));
}

export type TenureDates = { assetId: string; start: string; end: string | null };

/** The dates of the tenures on these assets, for the one-tenure-at-a-time rule. */
export async function tenureDatesOnAssets(tx: DbClient, assetIds: readonly string[]): Promise<TenureDates[]> {
  return tx.$queryRaw<TenureDates[]>`
    SELECT "assetId"::text AS "assetId", to_char("startOfTenureDate", 'YYYY-MM-DD') AS start,
      to_char("endOfTenureDate", 'YYYY-MM-DD') AS "end"
    FROM "Tenure" WHERE "assetId" = ANY(${[...assetIds]}::uuid[])`;
}

export async function tenureTypeKinds(tx: DbClient, codes: readonly string[]): Promise<Map<string, TenureKind>> {
  const rows = await tx.$queryRaw<{ code: string; kind: TenureKind }[]>`
    SELECT code, kind::text AS kind FROM "TenureType" WHERE code = ANY(${[...codes]}::text[])`;
  return new Map(rows.map((row) => [row.code, row.kind]));
}

export type LockedTenure = { version: number; kind: TenureKind; paymentReference: string; hasAccount: boolean };

/** What household and account writes need of these tenures, locked as those writes lock them. */
export async function lockTenures(tx: DbClient, ids: readonly string[]): Promise<Map<string, LockedTenure>> {
  const rows = await tx.$queryRaw<(LockedTenure & { id: string })[]>`
    SELECT t.id::text AS id, t.version, tt.kind::text AS kind, t."paymentReference",
      EXISTS (SELECT 1 FROM "RentAccount" ra WHERE ra."tenureId" = t.id) AS "hasAccount"
    FROM "Tenure" t JOIN "TenureType" tt ON tt.code = t."tenureTypeCode"
    WHERE t.id = ANY(${[...ids]}::uuid[]) ORDER BY t.id FOR NO KEY UPDATE OF t`;
  return new Map(rows.map(({ id, ...tenure }) => [id, tenure]));
}

export type LockedPerson = { personTypes: TPersonType[]; version: number; membershipTypes: TPersonType[] };

/** These persons' types, version and the person-tenure types of all their memberships, locked. */
export async function lockPersonsWithMemberships(
  tx: DbClient,
  ids: readonly string[],
): Promise<Map<string, LockedPerson>> {
  const rows = await tx.$queryRaw<(LockedPerson & { id: string })[]>`
    SELECT p.id::text AS id, p."personTypes"::text[] AS "personTypes", p.version,
      ARRAY(SELECT m."personTenureType"::text FROM "HouseholdMember" m WHERE m."personId" = p.id) AS "membershipTypes"
    FROM "Person" p WHERE p.id = ANY(${[...ids]}::uuid[]) ORDER BY p.id FOR NO KEY UPDATE OF p`;
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}

export type AccountForPosting = {
  tenureId: string;
  rentAccountNumber: string;
  balance: string;
  kind: TenureKind;
} & Required<AssetAddressParts>;

/** What postings need of these accounts (their tenure, home and balance), locked for the balance update. */
export async function lockAccountsForPosting(
  tx: DbClient,
  ids: readonly string[],
): Promise<Map<string, AccountForPosting>> {
  const rows = await tx.$queryRaw<(AccountForPosting & { id: string })[]>`
    SELECT ra.id::text AS id, ra."tenureId"::text AS "tenureId", ra."rentAccountNumber", ra.balance::text AS balance,
      tt.kind::text AS kind, a."postPreamble", a."addressLine1", a."addressLine2", a."addressLine3",
      a."addressLine4", a."postCode"
    FROM "RentAccount" ra
    JOIN "Tenure" t ON t.id = ra."tenureId"
    JOIN "TenureType" tt ON tt.code = t."tenureTypeCode"
    JOIN "Asset" a ON a.id = t."assetId"
    WHERE ra.id = ANY(${[...ids]}::uuid[]) ORDER BY ra.id FOR NO KEY UPDATE OF ra`;
  return new Map(rows.map(({ id, ...account }) => [id, account]));
}

type Stamped = { id: string; at: Date; by: TActorStamp };

/** A household's change stamped on its tenure (not its version), for each tenure once. */
export async function stampTenures(tx: DbClient, rows: readonly Stamped[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Tenure" t SET "modifiedAt" = r.at, "modifiedBy" = r.by
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, at timestamptz, by jsonb)
    WHERE t.id = r.id`;
}

export type PersonTypesChange = Stamped & { personTypes: TPersonType[]; version: number };

/** Persons' new types and the versions their changes moved them to, stamped by the last change. */
export async function updatePersonTypesInSet(tx: DbClient, rows: readonly PersonTypesChange[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Person" p SET "personTypes" = r."personTypes"::"PersonType"[], version = r.version,
      "modifiedAt" = r.at, "modifiedBy" = r.by
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(id uuid, "personTypes" text[], version integer, at timestamptz, by jsonb)
    WHERE p.id = r.id`;
}

/** Each account's balance after its postings, stamped by the last posting. */
export async function setBalances(tx: DbClient, rows: readonly (Stamped & { balance: string })[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "RentAccount" a SET balance = r.balance, "modifiedAt" = r.at, "modifiedBy" = r.by
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, balance numeric, at timestamptz, by jsonb)
    WHERE a.id = r.id`;
}

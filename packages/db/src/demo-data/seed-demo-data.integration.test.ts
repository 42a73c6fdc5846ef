import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client.ts";
import { createTestDatabase, type TestDatabase } from "../testing/create-test-database.ts";
import { transactionsWithoutSearchText, transactionTextTotalsOutOfStep } from "../testing/ledger-search-texts.ts";
import { testDatabaseTarget } from "../testing/test-database-target.ts";
import { demoTableNames, seedDemoData, seedDemoDataIfEmpty, type DemoDataSummary } from "./seed-demo-data.ts";

const asOf = new Date("2025-11-20T00:00:00Z");
const scale = 200;

async function one<T>(db: Db, query: string): Promise<T> {
  const [row] = await db.$queryRawUnsafe<T[]>(query);
  if (row === undefined) throw new Error(`No row from ${query}`);
  return row;
}

/** A fingerprint of every row that matters, ids included. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  return one(
    db,
    `SELECT
       (SELECT md5(string_agg(concat_ws('|', id, "personRef", "firstName", surname, "dateOfBirth", "personTypes"::text), ',' ORDER BY id)) FROM "Person") AS persons,
       (SELECT md5(string_agg(concat_ws('|', id, "parentId", "addressLine1", "postCode", uprn), ',' ORDER BY id)) FROM "Asset") AS assets,
       (SELECT md5(string_agg(concat_ws('|', id, "paymentReference", "startOfTenureDate", "endOfTenureDate"), ',' ORDER BY id)) FROM "Tenure") AS tenures,
       (SELECT md5(string_agg(concat_ws('|', id, "rentAccountId", "transactionDate", "transactionAmount", "paymentReference"), ',' ORDER BY id)) FROM "Transaction") AS transactions,
       (SELECT md5(string_agg(concat_ws('|', id, "targetId", value, "isDefault"), ',' ORDER BY id)) FROM "ContactDetail") AS contacts`,
  );
}

describe("demo data", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let summary: DemoDataSummary;
  let db: Db;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    db = first.db;
    summary = await seedDemoData(db, { scale, seed: 7, asOf });
    // The second copy goes through the direct (driver) loader in small batches (COPY on a server), so
    // both load paths and any batch size are proven to give the same rows.
    await seedDemoData(second.db, { scale, seed: 7, asOf, databaseUrl: second.url, batchSize: 60 });
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it("creates exactly the persons asked for, numbered 1..N, with the reference counter set to match", async () => {
    expect(summary.persons).toBe(scale);
    const row = await one<{ count: number; max: number; counter: number }>(
      db,
      `SELECT count(*)::int AS count, max("personRef") AS max,
              (SELECT "lastValue" FROM "ReferenceCounter" WHERE name = 'person') AS counter FROM "Person"`,
    );
    expect(row).toEqual({ count: scale, max: scale, counter: scale });
  });

  it("the same seed gives identical rows, ids included, whichever way they are written", async () => {
    expect(await fingerprint(second.db)).toEqual(await fingerprint(db));
  });

  it("the bulk load leaves every index, key and default as the migrations made them", async () => {
    // The COPY load drops keys, indexes and foreign keys and sets loading defaults, then puts
    // them back: the seeded schema must be the one the first database has.
    const schema = (target: Db) =>
      target.$queryRawUnsafe<{ definition: string }[]>(
        `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
          JOIN pg_class c ON c.oid = indrelid WHERE c.relnamespace = current_schema()::regnamespace
         UNION ALL
         SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated
           FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
         UNION ALL
         SELECT table_name || '.' || column_name || ' ' || coalesce(column_default, '') FROM information_schema.columns
          WHERE table_schema = current_schema()
         ORDER BY 1`,
      );
    const seeded = await schema(second.db);
    expect(seeded.some((row) => row.definition.includes("FOREIGN KEY"))).toBe(true);
    expect(seeded).toEqual(await schema(db));
  });

  it("every text a transaction search reads is among the search texts, with its totals, whichever way the ledger was loaded", async () => {
    // The texts and their totals come from triggers on the ledger: the COPY load must not lose them.
    for (const target of [db, second.db]) {
      const row = await one<{ rows: number; texts: number }>(
        target,
        `SELECT (SELECT count(*)::int FROM "Transaction") AS rows, (SELECT count(*)::int FROM "TransactionSearchText") AS texts`,
      );
      expect(row.rows).toBeGreaterThan(1_000);
      expect(row.texts).toBeLessThan(row.rows);
      expect(await transactionsWithoutSearchText(target)).toBe(0);
      expect(await transactionTextTotalsOutOfStep(target)).toEqual([]);
    }
  });

  it("no demo timestamp comes from the clock it was seeded by: each is on or before the as-of day", async () => {
    // A column left to its now() default would date the row by the seeding, not by the data's
    // own day, and a second seed of the same seed and day would differ.
    const columns = await db.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ANY($1) AND data_type LIKE 'timestamp%'
        ORDER BY 1, 2`,
      demoTableNames,
    );
    expect(columns.length).toBeGreaterThan(10);
    const endOfDay = new Date(asOf.getTime() + 86_400_000);
    const late: string[] = [];
    for (const { table, column } of columns) {
      const row = await one<{ latest: Date | null }>(db, `SELECT max("${column}") AS latest FROM "${table}"`);
      if (row.latest !== null && row.latest >= endOfDay) late.push(`${table}.${column} ${row.latest.toISOString()}`);
    }
    expect(late).toEqual([]);
  });

  it("a different seed gives different people", async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.db, { scale: 30, seed: 8, asOf });
      const names = (d: Db) =>
        d.person.findMany({
          orderBy: { personRef: "asc" },
          take: 30,
          select: { id: true, firstName: true, surname: true },
        });
      const [mine, theirs] = await Promise.all([names(db), names(other.db)]);
      expect(theirs.map((p) => p.id)).not.toEqual(mine.map((p) => p.id));
      expect(theirs.map((p) => `${p.firstName} ${p.surname}`)).not.toEqual(
        mine.map((p) => `${p.firstName} ${p.surname}`),
      );
    } finally {
      await other.drop();
    }
  });

  it("every account balance is the sum of its transactions, and each transaction carries the running balance", async () => {
    const row = await one<{ accounts: number; wrongBalances: number; wrongRunning: number }>(
      db,
      `WITH running AS (
         SELECT "rentAccountId", "balanceAmount",
                sum("transactionAmount") OVER (PARTITION BY "rentAccountId" ORDER BY "transactionDate", id) AS expected
           FROM "Transaction" WHERE "rentAccountId" IS NOT NULL)
       SELECT (SELECT count(*)::int FROM "RentAccount") AS accounts,
              (SELECT count(*)::int FROM "RentAccount" a
                WHERE a.balance <> COALESCE((SELECT sum("transactionAmount") FROM "Transaction" t WHERE t."rentAccountId" = a.id), 0)) AS "wrongBalances",
              (SELECT count(*)::int FROM running WHERE "balanceAmount" <> expected) AS "wrongRunning"`,
    );
    expect(row.accounts).toBe(summary.tenures);
    expect(row).toMatchObject({ wrongBalances: 0, wrongRunning: 0 });
  });

  it("charges are negative, payments and benefit positive, each account numbered by its tenure's payment reference", async () => {
    const row = await one<{ badSigns: number; badNumbers: number; badReferences: number }>(
      db,
      `SELECT (SELECT count(*)::int FROM "Transaction" WHERE ("transactionType" = 'Charge' AND ("transactionAmount" >= 0 OR "chargedAmount" <> "transactionAmount"))
                 OR ("transactionType" IN ('Payment', 'HousingBenefit') AND "transactionAmount" <= 0)) AS "badSigns",
              (SELECT count(*)::int FROM "RentAccount" a JOIN "Tenure" t ON t.id = a."tenureId" WHERE a."rentAccountNumber" <> t."paymentReference") AS "badNumbers",
              (SELECT count(*)::int FROM "Tenure" WHERE "paymentReference" !~ '^[0-9]{10}$') AS "badReferences"`,
    );
    expect(row).toEqual({ badSigns: 0, badNumbers: 0, badReferences: 0 });
  });

  it("some payments sit in suspense with no account, a reference that matches no tenure, and a sender and masked bank details to trace them by", async () => {
    const row = await one<{
      suspense: number;
      withAccount: number;
      matching: number;
      withoutSender: number;
      unmaskedOrMissing: number;
    }>(
      db,
      `SELECT count(*)::int AS suspense,
              count(*) FILTER (WHERE "rentAccountId" IS NOT NULL OR "balanceAmount" IS NOT NULL)::int AS "withAccount",
              count(*) FILTER (WHERE "paymentReference" IN (SELECT "paymentReference" FROM "Tenure"))::int AS matching,
              count(*) FILTER (WHERE "senderName" IS NULL)::int AS "withoutSender",
              count(*) FILTER (WHERE "bankAccountNumber" IS NULL OR "bankAccountNumber" !~ '^\\*{6}[0-9]{2}$'
                 OR "sortCode" IS NULL OR "sortCode" !~ '^\\*\\*-\\*\\*-[0-9]{2}$')::int AS "unmaskedOrMissing"
         FROM "Transaction" WHERE "isSuspense"`,
    );
    expect(row.suspense).toBeGreaterThan(0);
    expect(row).toMatchObject({ withAccount: 0, matching: 0, withoutSender: 0, unmaskedOrMissing: 0 });
  });

  it("each suspense payment's history starts with its arrival, and no other demo record has events", async () => {
    const row = await one<{ suspense: number; arrivals: number; others: number }>(
      db,
      `SELECT (SELECT count(*)::int FROM "Transaction" WHERE "isSuspense") AS suspense,
              (SELECT count(DISTINCT e."entityId")::int FROM "DomainEvent" e JOIN "Transaction" t ON t.id = e."entityId"
                WHERE t."isSuspense" AND e."eventType" = 'SuspensePaymentRecordedEvent'
                  AND (e."newData"->>'transactionAmount')::numeric = t."transactionAmount"
                  AND e."newData"->>'transactionDate' = to_char(t."transactionDate", 'YYYY-MM-DD')) AS arrivals,
              (SELECT count(*)::int FROM "DomainEvent" WHERE "eventType" <> 'SuspensePaymentRecordedEvent') AS others`,
    );
    expect(row).toEqual({ suspense: row.suspense, arrivals: row.suspense, others: 0 });
  });

  it("every tenure has a responsible member, and person types follow from household membership", async () => {
    const row = await one<{ withoutResponsible: number; inconsistent: number; officers: number }>(
      db,
      `SELECT (SELECT count(*)::int FROM "Tenure" t WHERE NOT EXISTS
                 (SELECT 1 FROM "HouseholdMember" h WHERE h."tenureId" = t.id AND h."isResponsible")) AS "withoutResponsible",
              (SELECT count(*)::int FROM "Person" p WHERE
                 ARRAY(SELECT unnest(p."personTypes")::text ORDER BY 1) <>
                 ARRAY(SELECT DISTINCT h."personTenureType"::text FROM "HouseholdMember" h WHERE h."personId" = p.id ORDER BY 1)
                 AND NOT p."personTypes" && ARRAY['HousingOfficer', 'HousingAreaManager']::"PersonType"[]) AS inconsistent,
              (SELECT count(*)::int FROM "Person" WHERE "personTypes" && ARRAY['HousingOfficer']::"PersonType"[]) AS officers`,
    );
    expect(row).toMatchObject({ withoutResponsible: 0, inconsistent: 0 });
    expect(row.officers).toBeGreaterThan(0);
    const kinds = await db.$queryRawUnsafe<{ kind: string; personTenureType: string }[]>(
      `SELECT DISTINCT tt.kind::text, h."personTenureType"::text AS "personTenureType"
         FROM "HouseholdMember" h JOIN "Tenure" t ON t.id = h."tenureId" JOIN "TenureType" tt ON tt.code = t."tenureTypeCode"
        WHERE h."isResponsible"`,
    );
    for (const { kind, personTenureType } of kinds) {
      expect(personTenureType).toBe(
        kind === "Leasehold" ? "Leaseholder" : kind === "Freehold" ? "Freeholder" : "Tenant",
      );
    }
  });

  it("households mix current and ended tenures, minors, and people who moved from one tenure to another", async () => {
    const row = await one<{ current: number; ended: number; minors: number; movers: number }>(
      db,
      `SELECT (SELECT count(*)::int FROM "Tenure" WHERE "endOfTenureDate" IS NULL) AS current,
              (SELECT count(*)::int FROM "Tenure" WHERE "endOfTenureDate" IS NOT NULL AND "isTerminated" AND "terminationReason" IS NOT NULL) AS ended,
              (SELECT count(*)::int FROM "Person" WHERE "dateOfBirth" > DATE '2025-11-20' - INTERVAL '18 years') AS minors,
              (SELECT count(*)::int FROM (SELECT "personId" FROM "HouseholdMember" GROUP BY 1 HAVING count(*) > 1) m) AS movers`,
    );
    expect(row.current).toBeGreaterThan(row.ended);
    expect(row.ended).toBeGreaterThan(0);
    expect(row.minors).toBeGreaterThan(0);
    expect(row.movers).toBeGreaterThan(0);
  });

  it("keeps the estate → block → dwelling hierarchy, with UK postcodes and 12-digit UPRNs", async () => {
    const row = await one<{ estates: number; badParents: number; badPostcodes: number; badUprns: number }>(
      db,
      `SELECT count(*) FILTER (WHERE a."assetType" = 'Estate')::int AS estates,
              count(*) FILTER (WHERE CASE a."assetType"
                 WHEN 'Dwelling' THEN p."assetType" IS DISTINCT FROM 'Block'
                 WHEN 'Block' THEN p."assetType" IS DISTINCT FROM 'Estate'
                 ELSE a."parentId" IS NOT NULL END)::int AS "badParents",
              count(*) FILTER (WHERE a."postCode" !~ '^(E5|E8|E9|N1|N16) [0-9][ABD-HJLNP-UW-Z]{2}$')::int AS "badPostcodes",
              count(*) FILTER (WHERE a."assetType" <> 'Estate' AND a.uprn !~ '^1000[0-9]{8}$')::int AS "badUprns"
         FROM "Asset" a LEFT JOIN "Asset" p ON p.id = a."parentId"`,
    );
    expect(row.estates).toBeGreaterThan(0);
    expect(row).toMatchObject({ badParents: 0, badPostcodes: 0, badUprns: 0 });
    const flat = await db.asset.findFirst({ where: { assetType: "Dwelling" }, orderBy: { propertyReference: "asc" } });
    if (flat)
      expect(flat.addressLine1).toMatch(/^Flat \d+, .+ (House|Court|Point|Tower|Lodge|Mansions|Close|Heights)$/);
  });

  it("contact details use fictional numbers and example domains, with at most one default per area and type", async () => {
    const row = await one<{
      total: number;
      badPhones: number;
      badEmails: number;
      doubleDefaults: number;
      historic: number;
      consents: number;
    }>(
      db,
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE "contactType" = 'phone' AND value !~ '^\\+44(7700900|2079460)[0-9]{3}$')::int AS "badPhones",
              count(*) FILTER (WHERE "contactType" = 'email' AND (value <> lower(value) OR value !~ '@[a-z.-]*example\\.(org|com)$'))::int AS "badEmails",
              (SELECT count(*)::int FROM (SELECT 1 FROM "ContactDetail" WHERE "isDefault"
                 GROUP BY "targetId", "serviceArea", "contactType" HAVING count(*) > 1) d) AS "doubleDefaults",
              count(*) FILTER (WHERE NOT "isActive" AND "endedAt" IS NOT NULL AND NOT "isDefault")::int AS historic,
              (SELECT count(*)::int FROM "ContactConsent") AS consents
         FROM "ContactDetail"`,
    );
    expect(row.total).toBeGreaterThan(scale / 2);
    expect(row).toMatchObject({ badPhones: 0, badEmails: 0, doubleDefaults: 0 });
    expect(row.historic).toBeGreaterThan(0);
    expect(row.consents).toBeGreaterThan(0);
  });

  it("seeding only if empty leaves a seeded database alone", async () => {
    await expect(seedDemoDataIfEmpty(db, { scale: 10 })).resolves.toEqual({ seeded: false });
    expect(await db.person.count()).toBe(scale);
  });
});

describe.runIf(testDatabaseTarget().kind === "server")("instances starting together on an empty server", () => {
  it("seed it once: the others wait for the seed, then find it seeded", async () => {
    const target = await createTestDatabase();
    try {
      const options = { scale: 30, seed: 3, asOf, databaseUrl: target.url };
      const results = await Promise.all([1, 2, 3].map(() => seedDemoDataIfEmpty(target.db, options)));
      expect(results.filter((result) => result.seeded)).toHaveLength(1);
      expect(await target.db.person.count()).toBe(30);
    } finally {
      await target.drop();
    }
  });
});

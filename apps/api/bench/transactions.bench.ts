// `pnpm bench transactions [--persons 100000]`: transaction searches by words (senders, streets,
// payment references and their fragments, common address words) on a database seeded with that many persons, each timed
// through the ledger's texts as the product runs it and as the product ran it before the texts
// (each word matched against every row: `previousSearch`), the two answers compared.
// It prints its figures; nothing here asserts a time.
import { type Db, Prisma } from "@housing/db/client";
import { parseArgs } from "node:util";
import { containsPattern } from "../src/kernel/like-pattern.ts";
import {
  type TransactionQuery,
  searchTransactionIds,
  textsFoundByKey,
} from "../src/finance/transaction-search.repository.ts";
import { ZBenchPersons, prepareBenchDatabase } from "./bench-database.ts";
import { loadAverage } from "./bench-kit.ts";
import { summary } from "./search-figures.ts";

const { values } = parseArgs({ options: { persons: { type: "string" } }, allowPositionals: true });
const persons = ZBenchPersons.parse(values.persons ?? process.env.BENCH_PERSONS);

type Kind = { kind: string; sql: string };

// Words as officers type them, drawn from the ledger itself in a fixed order (md5, not random).
const kinds: Kind[] = [
  {
    kind: "sender surname",
    sql: `SELECT DISTINCT split_part("senderName", ' ', -1) AS w FROM "Transaction" WHERE "senderName" LIKE '% %'`,
  },
  { kind: "street", sql: `SELECT DISTINCT split_part(split_part(address, ',', 2), ' ', 2) AS w FROM "Transaction"` },
  {
    kind: "payment reference",
    sql: `SELECT DISTINCT "paymentReference" AS w FROM "Transaction" WHERE NOT "isSuspense"`,
  },
  {
    kind: "reference, 6 digits of it",
    sql: `SELECT DISTINCT substr("paymentReference", 3, 6) AS w FROM "Transaction" WHERE NOT "isSuspense"`,
  },
  {
    // Words in more than 1,000 homes' addresses, such as "flat" and "road", each in thousands of texts.
    kind: "common address word",
    sql: `SELECT w FROM (SELECT regexp_split_to_table(lower(concat_ws(' ', "addressLine1", "addressLine2",
            "addressLine3", "addressLine4")), '[ ,]+') AS w FROM "Asset") a GROUP BY w HAVING count(*) > 1000`,
  },
];
const perKind = 15;

/** The search as it was before the ledger's texts (commit 28f0e67): its page and totals. */
async function previousSearch(db: Db, query: TransactionQuery) {
  const where = Prisma.join(
    [
      ...query.words.map(
        (word) => Prisma.sql`concat_ws(' ', t."senderName", t."paymentReference", t."bankAccountNumber", t.address)
      ILIKE ${containsPattern(word)}`,
      ),
      Prisma.sql`t."isSuspense" = ${query.isSuspense}`,
    ],
    " AND ",
  );
  const [page, totals] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT t.id FROM "Transaction" t WHERE ${where}
      ORDER BY t."transactionDate" DESC, t."createdAt" DESC, t.id DESC OFFSET ${query.skip} LIMIT ${query.take}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Transaction" t WHERE ${where}`,
  ]);
  return { ids: page.map((row) => row.id), total: Number(totals[0]?.total ?? 0) };
}

async function sample(db: Db, kind: Kind): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ w: string }[]>(
    `SELECT w FROM (${kind.sql}) s WHERE length(w) >= 3 ORDER BY md5(w) LIMIT ${perKind}`,
  );
  return rows.map((row) => row.w);
}

const { db } = await prepareBenchDatabase(persons);
try {
  console.log(`Load average before: ${loadAverage()}.`);
  console.log(
    `\nTransaction search, page of 12 newest first with the count and totals (ms, p50 p95), ${perKind} searches a kind;`,
  );
  console.log(`"before" = the search as it was before the ledger's texts, each word matched against every row.`);
  console.log(`  kind                          texts          before         speed-up p50  read every row`);
  for (const kind of kinds) {
    const byTexts: number[] = [];
    const everyRow: number[] = [];
    let fellBack = 0;
    for (const word of await sample(db, kind)) {
      const query = {
        words: [word],
        isSuspense: false,
        sortBy: "transactionDate" as const,
        isDesc: true,
        skip: 0,
        take: 12,
      };
      let started = performance.now();
      const found = await searchTransactionIds(db, query);
      byTexts.push(performance.now() - started);
      started = performance.now();
      const before = await previousSearch(db, query);
      everyRow.push(performance.now() - started);
      if (JSON.stringify(before) !== JSON.stringify({ ids: found.ids, total: found.total }))
        throw new Error(`"${word}": the search before the texts found other rows`);
      const [texts] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "TransactionSearchText" WHERE text ILIKE $1`,
        containsPattern(word),
      );
      if ((texts?.n ?? 0) > textsFoundByKey) fellBack += 1;
    }
    const a = summary(byTexts);
    const b = summary(everyRow);
    console.log(
      `  ${kind.kind.padEnd(28)} ${a.p50.toFixed(1).padStart(6)} ${a.p95.toFixed(1).padStart(7)} ${b.p50.toFixed(1).padStart(8)} ${b.p95.toFixed(1).padStart(7)} ${(b.p50 / a.p50).toFixed(1).padStart(10)}x  ${fellBack} of ${byTexts.length}`,
    );
  }
  console.log(`Load average after: ${loadAverage()}.`);
} finally {
  await db.$disconnect();
}

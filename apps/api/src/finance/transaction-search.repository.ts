import { type DbClient, Prisma } from "@housing/db/client";
import { containsPattern } from "../kernel/like-pattern.ts";

export type TransactionQuery = {
  /** Words that must each appear in the sender, payment reference, bank account or address. */
  words: string[];
  targetId?: string;
  startDate?: Date;
  endDate?: Date;
  /** Always said: a search finds payments in suspense or those out of it, never both. */
  isSuspense: boolean;
  suspenseStatus?: "AwaitingMatch" | "Proposed";
  sortBy: "transactionDate" | "transactionAmount";
  isDesc: boolean;
  skip: number;
  take: number;
};

/** What a transaction search finds and in what order, without its paging. */
export type TransactionFilters = Omit<TransactionQuery, "skip" | "take">;

/** Past this many of the ledger's texts, reading every row is quicker than finding each text's rows. */
export const textsFoundByKey = 2_000;

/**
 * What rows holding every word meet. The words find the ledger's distinct texts that hold them all
 * (through the texts' trigram index), then the rows with those texts (through the ledger's index
 * on each text's md5): matching every row instead read the whole ledger, 3 to 5 s a search at
 * 100,000 persons. Words in more than `mostTexts` texts (as a rule `textsFoundByKey`; "flat" is in
 * most addresses) are in so much of the ledger that every row is read instead. Each row's own text
 * is checked either way, so the rows are exactly those holding every word.
 */
async function wordConditions(db: DbClient, words: readonly string[], mostTexts: number): Promise<Prisma.Sql[]> {
  if (words.length === 0) return [];
  const text = Prisma.sql`transaction_search_text(t."senderName", t."paymentReference", t."bankAccountNumber", t.address)`;
  const patterns = words.map(containsPattern);
  // One condition a word: the trigram index answers each, where it cannot answer ILIKE ALL.
  const inTexts = Prisma.join(
    patterns.map((pattern) => Prisma.sql`s.text ILIKE ${pattern}`),
    " AND ",
  );
  const texts = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM "TransactionSearchText" s WHERE ${inTexts} LIMIT ${mostTexts + 1}`;
  const byKey =
    texts.length > mostTexts ? [] : [Prisma.sql`md5(${text})::uuid = ANY(${texts.map((found) => found.id)}::uuid[])`];
  return [...byKey, Prisma.sql`${text} ILIKE ALL(${patterns}::text[])`];
}

async function transactionConditions(
  db: DbClient,
  query: TransactionFilters,
  mostTexts = textsFoundByKey,
): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`, ...(await wordConditions(db, query.words, mostTexts))];
  if (query.targetId) conditions.push(Prisma.sql`t."rentAccountId" = ${query.targetId}::uuid`);
  if (query.startDate) conditions.push(Prisma.sql`t."transactionDate" >= ${query.startDate}::date`);
  if (query.endDate) conditions.push(Prisma.sql`t."transactionDate" <= ${query.endDate}::date`);
  conditions.push(Prisma.sql`t."isSuspense" = ${query.isSuspense}`);
  if (query.suspenseStatus) {
    const proposed = Prisma.sql`EXISTS (SELECT 1 FROM "SuspenseResolution" r
      WHERE r."transactionId" = t.id AND r.status = 'Proposed')`;
    conditions.push(
      query.suspenseStatus === "Proposed"
        ? Prisma.sql`t."isSuspense" AND ${proposed}`
        : Prisma.sql`t."isSuspense" AND NOT ${proposed}`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

const sortColumns = {
  transactionDate: Prisma.sql`t."transactionDate"`,
  transactionAmount: Prisma.sql`t."transactionAmount"`,
} as const;

/** The chosen order, then the order the rows were written in, so paging is stable. */
function transactionOrder(query: TransactionFilters): Prisma.Sql {
  const direction = Prisma.raw(query.isDesc ? "DESC" : "ASC");
  return Prisma.sql`${sortColumns[query.sortBy]} ${direction}, t."createdAt" ${direction}, t.id ${direction}`;
}

/**
 * One page of transaction ids in the order asked for, with the count and amount totals of everything
 * found; `mostTexts` as `wordConditions` takes it.
 */
export async function searchTransactionIds(db: DbClient, query: TransactionQuery, mostTexts = textsFoundByKey) {
  const where = await transactionConditions(db, query, mostTexts);
  const [page, totals] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Transaction" t WHERE ${where}
      ORDER BY ${transactionOrder(query)}
      OFFSET ${query.skip} LIMIT ${query.take}`,
    db.$queryRaw<{ total: bigint; transactionAmount: string; paidAmount: string; chargedAmount: string }[]>`
      SELECT count(*) AS total,
             coalesce(sum(t."transactionAmount"), 0)::text AS "transactionAmount",
             coalesce(sum(t."paidAmount"), 0)::text AS "paidAmount",
             coalesce(sum(t."chargedAmount"), 0)::text AS "chargedAmount"
      FROM "Transaction" t WHERE ${where}`,
  ]);
  const sums = totals[0];
  return {
    ids: page.map((row) => row.id),
    total: Number(sums?.total ?? 0),
    totals: {
      transactionAmount: Number(sums?.transactionAmount ?? 0),
      paidAmount: Number(sums?.paidAmount ?? 0),
      chargedAmount: Number(sums?.chargedAmount ?? 0),
    },
  };
}

/**
 * Every transaction id a search finds, in its order, a page at a time, each page after the row the
 * one before ended on: keyset paging, so an export reads to any depth at the same cost a page. The
 * words' texts are looked up once for the whole export, not again for every page.
 */
export async function* transactionIdPages(
  db: DbClient,
  query: TransactionFilters,
  take: number,
): AsyncGenerator<string[], void, undefined> {
  const where = await transactionConditions(db, query);
  const key = Prisma.sql`${sortColumns[query.sortBy]}, t."createdAt", t.id`;
  let afterId: string | undefined;
  do {
    // Inside the subquery its own "t" is the row the previous page ended on.
    const after =
      afterId === undefined
        ? Prisma.sql`TRUE`
        : Prisma.sql`(${key}) ${Prisma.raw(query.isDesc ? "<" : ">")}
          (SELECT ${key} FROM "Transaction" t WHERE t.id = ${afterId}::uuid)`;
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Transaction" t WHERE ${where} AND ${after}
      ORDER BY ${transactionOrder(query)} LIMIT ${take}`;
    const ids = rows.map((row) => row.id);
    yield ids;
    afterId = ids.length === take ? ids.at(-1) : undefined;
  } while (afterId !== undefined);
}

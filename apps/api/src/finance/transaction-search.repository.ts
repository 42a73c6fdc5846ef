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

/** The ledger's texts holding every word of a search: their ids, unless there are more than `mostTexts`. */
type WordTexts = { words: readonly string[]; ids: string[] | undefined };

async function findWordTexts(db: DbClient, words: readonly string[], mostTexts: number): Promise<WordTexts> {
  if (words.length === 0) return { words, ids: undefined };
  const texts = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM "TransactionSearchText" s WHERE ${textsHolding(words)} LIMIT ${mostTexts + 1}`;
  return { words, ids: texts.length > mostTexts ? undefined : texts.map((found) => found.id) };
}

/** The condition on a TransactionSearchText `s` that it holds every word. */
function textsHolding(words: readonly string[]): Prisma.Sql {
  // One condition a word: the trigram index answers each, where it cannot answer ILIKE ALL.
  return Prisma.join(
    words.map((word) => Prisma.sql`s.text ILIKE ${containsPattern(word)}`),
    " AND ",
  );
}

/**
 * What rows holding every word meet. The words find the ledger's distinct texts that hold them all
 * (through the texts' trigram index), then the rows with those texts (through the ledger's index
 * on each text's md5): matching every row instead read the whole ledger, 3 to 5 s a search at
 * 100,000 persons. Words in more than `mostTexts` texts (as a rule `textsFoundByKey`; "flat" is in
 * most addresses) are in so much of the ledger that every row is read instead. Each row's own text
 * is checked either way, so the rows are exactly those holding every word.
 */
function wordConditions({ words, ids }: WordTexts): Prisma.Sql[] {
  if (words.length === 0) return [];
  const text = Prisma.sql`transaction_search_text(t."senderName", t."paymentReference", t."bankAccountNumber", t.address)`;
  const byKey = ids ? [Prisma.sql`md5(${text})::uuid = ANY(${ids}::uuid[])`] : [];
  return [...byKey, Prisma.sql`${text} ILIKE ALL(${words.map(containsPattern)}::text[])`];
}

async function transactionConditions(
  db: DbClient,
  query: TransactionFilters,
  mostTexts = textsFoundByKey,
): Promise<{ where: Prisma.Sql; texts: WordTexts }> {
  const texts = await findWordTexts(db, query.words, mostTexts);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`, ...wordConditions(texts)];
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
  return { where: Prisma.join(conditions, " AND "), texts };
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

/** Whether a search's rows are those of the texts holding its words, in suspense or out of it, and no fewer. */
function foundByTextsAlone(query: TransactionFilters): boolean {
  return !query.targetId && !query.startDate && !query.endDate && !query.suspenseStatus;
}

/** The count and amounts of every row meeting `where`, read row by row. */
function totalsOfRows(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`count(*) AS total, sum(t."transactionAmount") AS "transactionAmount", sum(t."paidAmount") AS "paidAmount",
    sum(t."chargedAmount") AS "chargedAmount" FROM "Transaction" t WHERE ${where}`;
}

/**
 * The same count and amounts added up from the texts' totals, which a trigger on the ledger keeps
 * (prisma/database-rules.sql): a row for each text holding the words, not for each ledger row.
 */
function totalsOfTexts(isSuspense: boolean, { words, ids }: WordTexts): Prisma.Sql {
  const holding =
    words.length === 0
      ? Prisma.empty
      : ids
        ? Prisma.sql`AND x."textId" = ANY(${ids}::uuid[])`
        : Prisma.sql`AND x."textId" IN (SELECT s.id FROM "TransactionSearchText" s WHERE ${textsHolding(words)})`;
  return Prisma.sql`sum(x."rowCount") AS total, sum(x."transactionAmount") AS "transactionAmount",
    sum(x."paidAmount") AS "paidAmount", sum(x."chargedAmount") AS "chargedAmount"
    FROM "TransactionTextTotal" x WHERE x."isSuspense" = ${isSuspense} ${holding}`;
}

/** A count and amounts as text, 0 where nothing was found. */
function summed(totals: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(sums.total, 0) AS total, coalesce(sums."transactionAmount", 0)::text AS "transactionAmount",
    coalesce(sums."paidAmount", 0)::text AS "paidAmount", coalesce(sums."chargedAmount", 0)::text AS "chargedAmount"
    FROM (SELECT ${totals}) sums`;
}

/**
 * One page of transaction ids in the order asked for, with the count and amount totals of everything
 * found; `mostTexts` as `findWordTexts` takes it.
 */
export async function searchTransactionIds(db: DbClient, query: TransactionQuery, mostTexts = textsFoundByKey) {
  const { where, texts } = await transactionConditions(db, query, mostTexts);
  const [page, totals] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Transaction" t WHERE ${where}
      ORDER BY ${transactionOrder(query)}
      OFFSET ${query.skip} LIMIT ${query.take}`,
    db.$queryRaw<{ total: bigint; transactionAmount: string; paidAmount: string; chargedAmount: string }[]>`
      SELECT ${summed(foundByTextsAlone(query) ? totalsOfTexts(query.isSuspense, texts) : totalsOfRows(where))}`,
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
  const { where } = await transactionConditions(db, query);
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

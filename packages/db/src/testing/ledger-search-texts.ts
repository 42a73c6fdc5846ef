import type { Db } from "../client.ts";

/**
 * How many of the ledger's rows have a text that transaction search cannot find them by: a text
 * missing from "TransactionSearchText", which a trigger on the ledger fills (prisma/database-rules.sql).
 */
export async function transactionsWithoutSearchText(db: Db): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ missing: number }[]>(
    `SELECT count(*)::int AS missing FROM "Transaction" t
      WHERE NOT EXISTS (SELECT 1 FROM "TransactionSearchText" s
        WHERE s.id = md5(transaction_search_text(t."senderName", t."paymentReference", t."bankAccountNumber", t.address))::uuid)`,
  );
  return row?.missing ?? 0;
}

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

/**
 * The texts whose totals in "TransactionTextTotal", which a trigger on the ledger keeps, differ from
 * the ledger's own rows (a text and suspense with no rows left may keep a total of nothing).
 */
export async function transactionTextTotalsOutOfStep(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ key: string }[]>(
    `WITH ledger AS (
       SELECT md5(transaction_search_text("senderName", "paymentReference", "bankAccountNumber", address))::uuid AS "textId",
         "isSuspense", count(*)::int AS "rowCount", sum("transactionAmount") AS "transactionAmount",
         sum("paidAmount") AS "paidAmount", sum("chargedAmount") AS "chargedAmount"
       FROM "Transaction" GROUP BY 1, 2)
     SELECT coalesce(l."textId", k."textId")::text || ' ' || coalesce(l."isSuspense", k."isSuspense") AS key
     FROM ledger l FULL JOIN "TransactionTextTotal" k ON k."textId" = l."textId" AND k."isSuspense" = l."isSuspense"
     WHERE (coalesce(l."rowCount", 0), coalesce(l."transactionAmount", 0), coalesce(l."paidAmount", 0), coalesce(l."chargedAmount", 0))
       IS DISTINCT FROM (coalesce(k."rowCount", 0), coalesce(k."transactionAmount", 0), coalesce(k."paidAmount", 0), coalesce(k."chargedAmount", 0))
     ORDER BY 1`,
  );
  return rows.map((row) => row.key);
}

import type { DbClient } from "@housing/db/client";

/**
 * Accounts whose stored balance is not the sum of their transactions, and account transactions
 * whose `balanceAmount` does not follow from an earlier one (balance before = balance after −
 * amount must be 0 or another transaction's balance after). Both lists are empty on a sound ledger.
 */
export async function ledgerBreaks(db: DbClient) {
  const wrongBalances = await db.$queryRaw<{ id: string; balance: string; sum: string }[]>`
    SELECT a.id, a.balance::text AS balance, coalesce(sum(t."transactionAmount"), 0)::text AS sum
    FROM "RentAccount" a LEFT JOIN "Transaction" t ON t."rentAccountId" = a.id
    GROUP BY a.id
    HAVING a.balance <> coalesce(sum(t."transactionAmount"), 0)`;
  const brokenChain = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Transaction" t
    WHERE t."rentAccountId" IS NOT NULL
      AND (t."balanceAmount" IS NULL
        OR (t."balanceAmount" - t."transactionAmount" <> 0 AND NOT EXISTS (
          SELECT 1 FROM "Transaction" p
          WHERE p."rentAccountId" = t."rentAccountId" AND p.id <> t.id
            AND p."balanceAmount" = t."balanceAmount" - t."transactionAmount")))`;
  const wrongClosing = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "RentAccount" a
    WHERE EXISTS (SELECT 1 FROM "Transaction" t WHERE t."rentAccountId" = a.id)
      AND NOT EXISTS (
        SELECT 1 FROM "Transaction" t
        WHERE t."rentAccountId" = a.id AND t."balanceAmount" = a.balance
          AND t."modifiedAt" = (SELECT max(l."modifiedAt") FROM "Transaction" l WHERE l."rentAccountId" = a.id))`;
  return { wrongBalances, brokenChain, wrongClosing };
}

/** In the order they were applied (each write a distinct instant), is each balance the one before plus the amount? */
export async function runningBalanceBreaks(db: DbClient, rentAccountIds: readonly string[]) {
  return db.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT t.id, t."balanceAmount",
             sum(t."transactionAmount") OVER (
               PARTITION BY t."rentAccountId" ORDER BY t."modifiedAt", t."createdAt" ROWS UNBOUNDED PRECEDING
             ) AS running
      FROM "Transaction" t WHERE t."rentAccountId" = ANY(${[...rentAccountIds]}::uuid[])
    ) ledger
    WHERE "balanceAmount" IS DISTINCT FROM running`;
}

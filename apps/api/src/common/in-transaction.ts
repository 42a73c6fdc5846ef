import type { DbClient, Prisma } from "@housing/db/client";

/**
 * Runs a domain write in a transaction: a new one on the process-wide client, or the caller's own
 * when `db` already is a transaction (a bulk import runs thousands of writes in one).
 */
export function inTransaction<T>(db: DbClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  // A Prisma transaction client has no $transaction of its own: that is how we tell them apart.
  return "$transaction" in db ? db.$transaction(work) : work(db);
}

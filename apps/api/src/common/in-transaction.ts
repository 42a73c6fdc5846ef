import { type DbClient, inWriteTransaction, type Prisma } from "@housing/db/client";

/**
 * Runs a domain write in a transaction: a new one on the process-wide client (whose lock waits
 * end in time, see inWriteTransaction), or the caller's own when `db` already is a transaction (a
 * bulk import runs thousands of writes in one).
 */
export function inTransaction<T>(db: DbClient, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  // A Prisma transaction client has no $transaction of its own: that is how we tell them apart.
  return "$transaction" in db ? inWriteTransaction(db, work) : work(db);
}

import { Prisma } from "./generated/prisma/client.ts";
import type { DbClient } from "./client.ts";

/** The tables whose rows serialise a rule about their children (limits, "one of", derived fields). */
const lockableTables = {
  asset: "Asset",
  person: "Person",
  organisation: "Organisation",
  tenure: "Tenure",
  contactDetail: "ContactDetail",
} as const;
export type LockableRow = keyof typeof lockableTables;

/**
 * Locks one row until the transaction ends and tells whether it exists. A rule that counts or
 * reads before it writes ("at most five active phones", "one consent in force") takes this lock on
 * the parent row first, so concurrent transactions apply the rule one after another and each
 * counts what the previous one committed. NO KEY UPDATE leaves foreign-key checks of other writes
 * (which take KEY SHARE) unblocked.
 */
export async function lockRow(tx: DbClient, table: LockableRow, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM ${Prisma.raw(`"${lockableTables[table]}"`)} WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  return rows.length === 1;
}

/**
 * Holds a named lock until the transaction ends, for a rule that has no row to lock yet (a file is
 * imported once: the second of two parallel imports waits, then finds the first one's record).
 */
export async function lockName(tx: DbClient, name: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
}

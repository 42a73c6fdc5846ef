import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { trackConnections } from "./bulk-statements.ts";
import { Prisma, PrismaClient } from "./generated/prisma/client.ts";

export { Prisma };
export { uniqueViolationField } from "./unique-violation.ts";
export { lockName, lockRow, type LockableRow } from "./row-lock.ts";
export { bulkStatementsOf, type BulkStatement } from "./bulk-statements.ts";
export type Db = PrismaClient;
/** The client handed to repositories: the process-wide one or an open transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

/** Builds the one Prisma client a process uses; callers own its lifetime. */
export function createDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  trackConnections(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Generous waits: on the embedded database every transaction queues for its one connection.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: 20_000 } });
}

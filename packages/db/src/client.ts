import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { trackConnections } from "./bulk-statements.ts";
import { genericPlanPoolBeside, queryPrepared } from "./prepared-statements.ts";
import { Prisma, PrismaClient } from "./generated/prisma/client.ts";

export { Prisma };
export { uniqueViolationField } from "./unique-violation.ts";
export { lockName, lockRow, type LockableRow } from "./row-lock.ts";
export { bulkCopyOf, bulkStatementsOf, type BulkCopy, type BulkStatement } from "./bulk-statements.ts";
export { inDriverTransaction } from "./driver-transaction.ts";
export type Db = PrismaClient;
/** The client handed to repositories: the process-wide one or an open transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

const pools = new WeakMap<Db, { pool: pg.Pool; generic: pg.Pool }>();

/** Builds the one Prisma client a process uses; callers own its lifetime. */
export function createDb(databaseUrl: string, options: { maxConnections?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  // An idle connection the server ended (a restart, a test database dropped) just leaves the pool,
  // and the next query opens another; unhandled, its error would end the process.
  pool.on("error", () => undefined);
  trackConnections(pool);
  const generic = genericPlanPoolBeside(pool, databaseUrl, options.maxConnections ?? 10);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Generous waits: on the embedded database every transaction queues for its one connection.
  const db = new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: 20_000 } });
  pools.set(db, { pool, generic });
  return db;
}

/**
 * The connections under a client, for a repository's bulk statements: Prisma takes about four
 * times as long as the driver to pass on a statement's parameters (a megabyte for 500 search
 * documents). The same pool, so the embedded database still sees one connection at a time.
 */
export function poolOf(db: Db): pg.Pool {
  return poolsOf(db).pool;
}

function poolsOf(db: Db) {
  const known = pools.get(db);
  if (!known) throw new Error("This Prisma client was not made by createDb");
  return known;
}

/**
 * Runs a read-only statement prepared once per connection and planned once (see queryPrepared):
 * for the search engine's statements, whose text is fixed by the query's shape.
 */
export function queryPlannedOnce<R extends pg.QueryResultRow>(
  db: Db,
  text: string,
  values: readonly unknown[],
): Promise<pg.QueryResult<R>> {
  return queryPrepared<R>(poolsOf(db), text, values);
}

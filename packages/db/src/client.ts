import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { trackConnections } from "./bulk-statements.ts";
import { genericPlanPoolBeside, queryPrepared } from "./prepared-statements.ts";
import { Prisma, PrismaClient } from "./generated/prisma/client.ts";

export { Prisma };
export { uniqueViolationField } from "./unique-violation.ts";
export { isBusyDatabaseError } from "./busy-database.ts";
export { lockName, lockRow, type LockableRow } from "./row-lock.ts";
export { bulkCopyOf, bulkStatementsOf, type BulkCopy, type BulkStatement } from "./bulk-statements.ts";
export { inDriverTransaction } from "./driver-transaction.ts";
export type Db = PrismaClient;
/** The client handed to repositories: the process-wide one or an open transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;

const pools = new WeakMap<Db, { pool: pg.Pool; generic: pg.Pool; transactionTimeoutMs: number }>();

/**
 * Builds the one Prisma client a process uses; callers own its lifetime. A transaction not finished
 * within `transactionTimeoutMs` (default 20 s) is rolled back.
 */
export function createDb(
  databaseUrl: string,
  options: { maxConnections?: number; transactionTimeoutMs?: number } = {},
): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  // An idle connection the server ended (a restart, a test database dropped) just leaves the pool,
  // and the next query opens another; unhandled, its error would end the process.
  pool.on("error", () => undefined);
  trackConnections(pool);
  const generic = genericPlanPoolBeside(pool, databaseUrl, options.maxConnections ?? 10);
  const adapter = statementsInTurn(new PrismaPg(pool, { disposeExternalPool: true }));
  // Generous waits: on the embedded database every transaction queues for its one connection.
  const transactionTimeoutMs = options.transactionTimeoutMs ?? 20_000;
  const db = new PrismaClient({ adapter, transactionOptions: { maxWait: 20_000, timeout: transactionTimeoutMs } });
  pools.set(db, { pool, generic, transactionTimeoutMs });
  return db;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/**
 * The pg adapter with each transaction's statements sent one after another. Prisma's query
 * interpreter sends an include's relation reads at once; on a transaction's one connection pg
 * would queue them itself, which it deprecates (pg 9 drops the queue).
 */
function statementsInTurn(factory: PrismaPg): PrismaPg {
  const inTurn = (adapter: PgAdapter): PgAdapter =>
    Object.assign(Object.create(adapter) as PgAdapter, {
      startTransaction: async (isolationLevel?: Parameters<PgAdapter["startTransaction"]>[0]) =>
        oneAtATime(await adapter.startTransaction(isolationLevel)),
    });
  return Object.assign(Object.create(factory) as PrismaPg, {
    connect: async () => inTurn(await factory.connect()),
  });
}

/**
 * The transaction with its statements queued, each sent when the one before has answered. Its own
 * methods (savepoints) run on the wrapper, so their statements queue too.
 */
function oneAtATime(transaction: PgTransaction): PgTransaction {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(statement: () => Promise<T>): Promise<T> => {
    const answer = previous.then(statement);
    previous = answer.catch(() => undefined);
    return answer;
  };
  return Object.assign(Object.create(transaction) as PgTransaction, {
    queryRaw: (query: Parameters<PgTransaction["queryRaw"]>[0]) => inTurn(() => transaction.queryRaw(query)),
    executeRaw: (query: Parameters<PgTransaction["executeRaw"]>[0]) => inTurn(() => transaction.executeRaw(query)),
  });
}

/**
 * Runs `work` in a new transaction whose every wait for a lock ends (SQLSTATE 55P03, see
 * isBusyDatabaseError) after half the transaction's time. Prisma's own timeout cannot stop a
 * statement waiting on a lock: a write queued behind a long import waited for the whole import,
 * then failed as a server fault.
 */
export function inWriteTransaction<T>(db: Db, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const lockTimeoutMs = Math.floor(poolsOf(db).transactionTimeoutMs / 2);
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${lockTimeoutMs}`);
    return work(tx);
  });
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

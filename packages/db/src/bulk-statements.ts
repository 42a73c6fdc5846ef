import type pg from "pg";
import { copyRun, toCopyRuns } from "./demo-data/copy-rows.ts";
import { type Column, describeTable } from "./demo-data/insert-rows.ts";
import { isEmbeddedServer } from "./embedded-server.ts";
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";

// The pg connections of the pools createDb builds, so a transaction can find its own.
const liveConnections = new Set<pg.PoolClient>();

export function trackConnections(pool: pg.Pool): void {
  pool.on("connect", (connection) => liveConnections.add(connection));
  pool.on("remove", (connection) => liveConnections.delete(connection));
}

/** Runs one statement that answers nothing. */
export type BulkStatement = (sql: string, params: readonly unknown[]) => Promise<void>;

/** Loads rows into a table with `COPY`: each row names the columns it writes. */
export type BulkCopy = (table: string, rows: readonly object[]) => Promise<void>;

type Tx = PrismaClient | Prisma.TransactionClient;

/** A cache of answers still to come: `Map` or `WeakMap`. */
type PromiseCache<K, V> = {
  get(key: K): Promise<V> | undefined;
  set(key: K, value: Promise<V>): unknown;
  delete(key: K): unknown;
};

/** What `cache` holds for `key`, else `find`'s answer, kept there; a failure is not kept, so the next call asks again. */
function remembered<K, V>(cache: PromiseCache<K, V>, key: K, find: () => Promise<V>): Promise<V> {
  let known = cache.get(key);
  if (!known) {
    known = find();
    known.catch(() => cache.delete(key));
    cache.set(key, known);
  }
  return known;
}

const ownConnections = new WeakMap<object, Promise<pg.PoolClient | undefined>>();

/**
 * The transaction's own pg connection, found by its server process id; undefined where it cannot be
 * told apart (an embedded server gives every connection one process id).
 */
function ownConnectionOf(tx: Tx): Promise<pg.PoolClient | undefined> {
  return remembered(ownConnections, tx, async () => {
    const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const own = [...liveConnections].filter((connection) => processIdOf(connection) === row?.pid);
    return own.length === 1 ? own[0] : undefined;
  });
}

/**
 * Runs statements with large parameters (thousands of rows as one JSON array) in a transaction,
 * on its own connection through the pg driver: Prisma passes every raw query's parameters through
 * its query compiler, which costs seconds for megabytes. Call it only between the transaction's
 * Prisma calls, never beside one. Where the connection cannot be told apart, the statements go
 * through Prisma.
 */
export async function bulkStatementsOf(tx: Tx): Promise<BulkStatement> {
  const connection = await ownConnectionOf(tx);
  return connection
    ? async (sql, params) => {
        await connection.query(sql, [...params]);
      }
    : async (sql, params) => {
        await tx.$executeRawUnsafe(sql, ...params);
      };
}

// A table's columns do not change while the process runs (migrations run before it serves).
const tableColumns = new Map<string, Promise<Map<string, Column>>>();
const carriesCopy = new WeakMap<pg.PoolClient, Promise<boolean>>();

function columnsOf(connection: pg.PoolClient, table: string): Promise<Map<string, Column>> {
  return remembered(tableColumns, table, () =>
    describeTable({ query: async (sql, params) => (await connection.query(sql, [...params])).rows }, table),
  );
}

/**
 * `COPY` on the transaction's own connection, PostgreSQL's own bulk path (nothing parsed from JSON
 * or cast per value), with the rules of the seed's loader (`toCopyRuns`); undefined where it cannot
 * be had: the connection cannot be told apart, or the server is the embedded one, whose socket
 * cannot carry COPY's sub-protocol. Same rules as `bulkStatementsOf` for when to call it.
 */
export async function bulkCopyOf(tx: Tx): Promise<BulkCopy | undefined> {
  const connection = await ownConnectionOf(tx);
  if (!connection) return undefined;
  const copyable = await remembered(carriesCopy, connection, async () => !(await isEmbeddedServer(connection)));
  if (!copyable) return undefined;
  return async (table, rows) => {
    if (rows.length === 0) return;
    const columns = await columnsOf(connection, table);
    for (const run of toCopyRuns(table, columns, rows)) await copyRun(connection, run);
  };
}

// pg keeps the server's process id from the start-up handshake; its types do not declare it.
const processIdOf = (connection: pg.PoolClient) => (connection as unknown as { processID?: number }).processID;

import type pg from "pg";
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";

// The pg connections of the pools createDb builds, so a transaction can find its own.
const liveConnections = new Set<pg.PoolClient>();

export function trackConnections(pool: pg.Pool): void {
  pool.on("connect", (connection) => liveConnections.add(connection));
  pool.on("remove", (connection) => liveConnections.delete(connection));
}

/** Runs one statement that answers nothing. */
export type BulkStatement = (sql: string, params: readonly unknown[]) => Promise<void>;

const found = new WeakMap<object, BulkStatement>();

/**
 * Runs statements with large parameters (thousands of rows as one JSON array) in a transaction,
 * on its own connection through the pg driver: Prisma passes every raw query's parameters through
 * its query compiler, which costs seconds for megabytes. Call it only between the transaction's
 * Prisma calls, never beside one. Where the connection cannot be told apart (an embedded server
 * gives every connection one process id), the statements go through Prisma.
 */
export async function bulkStatementsOf(tx: PrismaClient | Prisma.TransactionClient): Promise<BulkStatement> {
  const known = found.get(tx);
  if (known) return known;
  const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const own = [...liveConnections].filter((connection) => processIdOf(connection) === row?.pid);
  const [connection] = own;
  const run: BulkStatement =
    own.length === 1 && connection
      ? async (sql, params) => {
          await connection.query(sql, [...params]);
        }
      : async (sql, params) => {
          await tx.$executeRawUnsafe(sql, ...params);
        };
  found.set(tx, run);
  return run;
}

// pg keeps the server's process id from the start-up handshake; its types do not declare it.
const processIdOf = (connection: pg.PoolClient) => (connection as unknown as { processID?: number }).processID;

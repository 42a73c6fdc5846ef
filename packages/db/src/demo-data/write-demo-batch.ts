import pg from "pg";
import type { Db } from "../client.ts";
import { demoTables, type DemoBatch } from "./demo-context.ts";
import { loadInTransaction, sqlClientOf } from "./load-transaction.ts";
import { describeTable, insertRows, type Column, type SqlClient } from "./insert-rows.ts";

const ROWS_PER_STATEMENT = 10_000;

/** Writes a batch in one database transaction, so a failed seed never leaves half a household. */
export type DemoBatchWriter = {
  write(batch: DemoBatch): Promise<void>;
  /** How many batches may be written at once. */
  concurrency: number;
  close(): Promise<void>;
};

function createInserter(): (sql: SqlClient, batch: DemoBatch) => Promise<void> {
  const described = new Map<string, Map<string, Column>>();
  return async (sql, batch) => {
    for (const [key, table] of demoTables) {
      const rows: readonly object[] = batch[key];
      if (rows.length === 0) continue;
      let columns = described.get(table);
      if (!columns) {
        columns = await describeTable(sql, table);
        described.set(table, columns);
      }
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        await insertRows(sql, table, columns, rows.slice(start, start + ROWS_PER_STATEMENT));
      }
    }
  };
}

/** Through the application's Prisma client: no extra connection, fine for a demo-sized seed. */
export function createPrismaBatchWriter(db: Db): DemoBatchWriter {
  const insert = createInserter();
  return {
    concurrency: 1,
    write: (batch) =>
      db.$transaction((tx) => insert({ query: (text, parameters) => tx.$queryRawUnsafe(text, ...parameters) }, batch), {
        maxWait: 60_000,
        timeout: 30 * 60_000,
      }),
    close: async () => undefined,
  };
}

/**
 * Over its own pool of `concurrency` connections, straight to the driver: Prisma's per-value
 * parameter handling dominates at scale, and batches are independent, so two can load at once.
 * For the embedded database, whose socket cannot carry COPY (a server loads with `copyDemoData`).
 */
export function createDirectBatchWriter(databaseUrl: string, concurrency: number): DemoBatchWriter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  const insert = createInserter();
  return {
    concurrency,
    write: (batch) => loadInTransaction(pool, (client) => insert(sqlClientOf(client), batch)),
    close: () => pool.end(),
  };
}

import type pg from "pg";
import { inDriverTransaction } from "../driver-transaction.ts";
import type { SqlClient } from "./insert-rows.ts";

/** A driver connection as the bulk inserts use it. */
export const sqlClientOf = (client: pg.ClientBase): SqlClient => ({
  query: async (text, parameters) => (await client.query(text, [...parameters])).rows,
});

/** Runs one batch's load in a transaction of its own on a connection from the pool. */
export async function loadInTransaction(pool: pg.Pool, load: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await inDriverTransaction(client, async () => {
      // Losing the last batches to a crash only means reseeding; waiting for each flush buys nothing.
      await client.query("SET LOCAL synchronous_commit TO off");
      await load(client);
    });
  } finally {
    client.release();
  }
}

import type pg from "pg";

/** Runs `work` in a transaction on a driver connection: committed when it returns, rolled back when it throws. */
export async function inDriverTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

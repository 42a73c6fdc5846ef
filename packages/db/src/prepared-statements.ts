import { createHash } from "node:crypto";
import pg from "pg";
import { isEmbeddedServer } from "./embedded-server.ts";

/**
 * Statements kept prepared on each connection. Past this the least recently used one is
 * deallocated, so a connection's server memory stays bounded however many shapes of query run: a
 * search statement's plan takes about 210 kB, and the benchmark's mix has about 75 shapes.
 */
export const preparedPerConnection = 64;

/**
 * A pool beside `pool`, to the same database, for prepared statements only: its sessions plan each
 * statement once (`force_generic_plan`), where PostgreSQL would otherwise plan a search again on
 * every run because each word's own estimate looks cheaper. Ending `pool` ends it too. It opens no
 * connection to the embedded PostgreSQL (PGlite), whose connections share one session: names would
 * collide there, and the setting would reach every other statement (see queryPrepared).
 */
export function genericPlanPoolBeside(pool: pg.Pool, connectionString: string, max: number): pg.Pool {
  const generic = new pg.Pool({ connectionString, max, options: "-c plan_cache_mode=force_generic_plan" });
  generic.on("error", () => undefined);
  const end = pool.end.bind(pool);
  // PrismaPg ends the pool it was given with a promise; end this one with it.
  pool.end = (async () => {
    await Promise.all([generic.end(), end()]);
  }) as pg.Pool["end"];
  return generic;
}

// Names on each connection, least recently used first (a Map keeps insertion order).
const preparedOn = new WeakMap<pg.PoolClient, Map<string, true>>();
const sharedSessions = new WeakMap<pg.Pool, Promise<boolean>>();

/** Whether the pool's server is the embedded PostgreSQL, one session behind every connection. */
function isSharedSession(pool: pg.Pool): Promise<boolean> {
  let known = sharedSessions.get(pool);
  if (!known) {
    known = isEmbeddedServer(pool);
    known.catch(() => sharedSessions.delete(pool));
    sharedSessions.set(pool, known);
  }
  return known;
}

// pg remembers which names it has parsed on a connection (a plain object); its types do not declare it.
const forgetParsed = (client: pg.PoolClient, name: string) => {
  const connection = (client as unknown as { connection?: { parsedStatements?: Record<string, string> } }).connection;
  if (connection?.parsedStatements) Reflect.deleteProperty(connection.parsedStatements, name);
};

/**
 * Runs a statement prepared once per connection of `generic` under a name made from its text, so
 * PostgreSQL parses and plans it once: for a search of a millisecond, planning took as long as
 * running. On the embedded database it runs unprepared on `pool`. Statements whose text changes
 * with their values gain nothing; pass the values as parameters.
 */
export async function queryPrepared<R extends pg.QueryResultRow>(
  pools: { pool: pg.Pool; generic: pg.Pool },
  text: string,
  values: readonly unknown[],
): Promise<pg.QueryResult<R>> {
  if (await isSharedSession(pools.pool)) return pools.pool.query<R>(text, [...values]);
  const name = `q_${createHash("sha256").update(text).digest("base64url").slice(0, 32)}`;
  const client = await pools.generic.connect();
  try {
    const prepared = preparedOn.get(client) ?? new Map<string, true>();
    preparedOn.set(client, prepared);
    if (!prepared.delete(name) && prepared.size >= preparedPerConnection) {
      const [oldest] = prepared.keys();
      if (oldest) {
        prepared.delete(oldest);
        await client.query(`DEALLOCATE "${oldest}"`);
        forgetParsed(client, oldest);
      }
    }
    prepared.set(name, true);
    const result = await client.query<R>({ name, text, values: [...values] });
    client.release();
    return result;
  } catch (error) {
    // As pool.query does: a connection that failed a statement is not reused.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

import { Worker } from "node:worker_threads";
import pg from "pg";
import { inDriverTransaction } from "../driver-transaction.ts";
import { copyRun } from "./copy-rows.ts";
import { isEmbeddedServer } from "../embedded-server.ts";
import { demoTables } from "./demo-context.ts";
import type { CopyWorkerInput, CopyWorkerMessage } from "./demo-copy-worker.ts";
import type { DemoCounts } from "./demo-counts.ts";
import type { DemoGeneration } from "./generate-demo-data.ts";
import { describeTable, type Column } from "./insert-rows.ts";
import { sqlClientOf } from "./load-transaction.ts";
import { finishBulkLoad, prepareBulkLoad } from "./prepare-bulk-load.ts";

// A literal (false, 0, 'Active'::"RentAccountStatus", '{}'::"PersonType"[]): the same in every row.
const LITERAL = /^(true|false|-?\d+(\.\d+)?|'[^']*'(::[\w" [\]]+)?)$/;

/** The demo tables' columns, with the binary form of each default that is a literal (its type's own send function gives it). */
async function describeDemoTables(client: pg.ClientBase): Promise<Record<string, Column[]>> {
  const columns: Record<string, Column[]> = {};
  for (const [, table] of demoTables) {
    columns[table] = [];
    for (const column of (await describeTable(sqlClientOf(client), table)).values()) {
      const expression = column.defaultExpression;
      const literal = column.notNull && expression !== null && LITERAL.test(expression);
      const [row] = literal
        ? (await client.query<{ value: Buffer }>(`SELECT ${column.send}((${expression})::${column.type}) AS value`))
            .rows
        : [];
      columns[table].push(row ? { ...column, constantDefault: row.value } : column);
    }
  }
  return columns;
}

function startWorker(input: CopyWorkerInput): Worker {
  return new Worker(new URL("./run-worker.mjs", import.meta.url), {
    workerData: { entry: new URL("./demo-copy-worker.ts", import.meta.url).href, input },
    // Rows live for a batch: a young generation several batches large keeps them from being copied
    // on and promoted. At 100,000 persons 256 MB took the seed from 34 s to 31 s (96 MB before).
    resourceLimits: { maxYoungGenerationSizeMb: 256 },
  });
}

/** Batches from the worker as they come, ending when it says it is done (or failing with it). */
async function* workerBatches(worker: Worker): AsyncGenerator<NonNullable<CopyWorkerMessage>> {
  const queue: CopyWorkerMessage[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  worker.on("message", (message: CopyWorkerMessage) => (queue.push(message), wake?.()));
  worker.on("error", (error) => ((failure = error), wake?.()));
  worker.on("exit", (code) => ((failure ??= code === 0 ? undefined : new Error(`Worker exited ${code}`)), wake?.()));
  for (;;) {
    if (failure) throw failure;
    const message = queue.shift();
    if (message === null) return;
    if (message) yield message;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * Seeds a real PostgreSQL server with `COPY`: a worker thread generates each batch as COPY text
 * while the connection loads the batch before it. The whole seed is one transaction, the ledger's
 * deferred indexes and foreign key and the loading defaults included: a seed killed half-way
 * leaves the database as it found it, never without its indexes or keys.
 */
export async function copyDemoData(
  databaseUrl: string,
  generation: DemoGeneration,
  onBatch: (counts: DemoCounts) => void,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await inDriverTransaction(client, async () => {
      const columns = await describeDemoTables(client);
      const load = await prepareBulkLoad(client);
      const worker = startWorker({ generation, columns, actorColumns: load.actorColumns, ahead: 2 });
      try {
        for await (const batch of workerBatches(worker)) {
          for (const run of batch.runs) await copyRun(client, run);
          worker.postMessage("written");
          onBatch(batch.counts);
        }
      } finally {
        await worker.terminate();
      }
      await finishBulkLoad(client, load);
    });
  } finally {
    await client.end();
  }
}

/** Whether the server speaks COPY FROM STDIN: every real PostgreSQL does, the embedded PGlite does not. */
export async function serverTakesCopy(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return !(await isEmbeddedServer(client));
  } finally {
    await client.end();
  }
}

/**
 * Runs `seed` holding the demo seed's advisory lock on a server, so that instances starting together
 * on an empty database seed it once: the others wait, then find it seeded. The embedded database
 * serves one process and needs none.
 */
export async function oneSeedAtATime<T>(databaseUrl: string | undefined, seed: () => Promise<T>): Promise<T> {
  if (!databaseUrl || !(await serverTakesCopy(databaseUrl))) return seed();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('housing:demo-seed'))");
    return await seed();
  } finally {
    // Ending the session releases its lock.
    await client.end();
  }
}

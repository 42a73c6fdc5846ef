// Generates the demo rows and writes them as COPY text on its own thread, so the database parses
// one batch while the next is generated (see copy-demo-data.ts).
import { parentPort, workerData } from "node:worker_threads";
import { demoTables, type DemoBatch } from "./demo-context.ts";
import { countBatch, type DemoCounts } from "./demo-counts.ts";
import { generateDemoBatches, type DemoGeneration } from "./generate-demo-data.ts";
import type { Column } from "./insert-rows.ts";
import { toCopyRuns, type CopyRun } from "./copy-rows.ts";
import { demoDataActor } from "./reference-data.ts";

export type CopyWorkerInput = {
  generation: DemoGeneration;
  columns: Record<string, Column[]>;
  /** Per table, the columns whose default is, for the time of loading, the demo data's actor. */
  actorColumns: Record<string, string[]>;
  ahead: number;
};
export type CopyWorkerBatch = { runs: CopyRun[]; counts: DemoCounts };
/** Batches the worker sends, then `null` once all are sent. */
export type CopyWorkerMessage = CopyWorkerBatch | null;

const port = parentPort;
if (!port) throw new Error("demo-copy-worker.ts runs as a worker thread");
const input = (workerData as { input: CopyWorkerInput }).input;
const columns = new Map(
  Object.entries(input.columns).map(([table, list]) => [table, new Map(list.map((c) => [c.name, c]))]),
);

function toRuns(batch: DemoBatch): CopyRun[] {
  return demoTables.flatMap(([key, table]) => {
    const rows: readonly object[] = batch[key];
    const described = columns.get(table);
    if (!described) throw new Error(`No columns for ${table}`);
    const defaults = new Map((input.actorColumns[table] ?? []).map((name) => [name, demoDataActor]));
    return rows.length === 0 ? [] : toCopyRuns(table, described, rows, defaults);
  });
}

// The loader acknowledges each batch it has written; at most `ahead` wait in memory.
let unacknowledged = 0;
let resume: (() => void) | undefined;
port.on("message", () => {
  unacknowledged--;
  resume?.();
});

for (const batch of generateDemoBatches(input.generation)) {
  const message: CopyWorkerMessage = { runs: toRuns(batch), counts: countBatch(batch) };
  port.postMessage(
    message,
    message.runs.flatMap((run) => run.data.map((chunk) => chunk.buffer as ArrayBuffer)),
  );
  unacknowledged++;
  while (unacknowledged >= input.ahead) await new Promise<void>((resolve) => (resume = resolve));
}
port.postMessage(null satisfies CopyWorkerMessage);

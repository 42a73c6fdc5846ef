import pg from "pg";
import { generateDemoBatches } from "./src/demo-data/generate-demo-data.ts";
import { dayOf } from "./src/demo-data/calendar.ts";
import { demoTables } from "./src/demo-data/demo-context.ts";
import { describeTable } from "./src/demo-data/insert-rows.ts";
import { toCopyRuns } from "./src/demo-data/copy-rows.ts";
const c = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/bulk_prof" });
await c.connect();
const sql = { query: async (t: string, p: readonly unknown[]) => (await c.query(t, [...p])).rows };
const cols = new Map<string, any>();
for (const [, t] of demoTables) cols.set(t, await describeTable(sql as any, t));
await c.end();
let gen = 0, ser = 0, bytes = 0;
let t = performance.now();
for (const b of generateDemoBatches({ scale: 10_000, seed: 1, asOf: dayOf(new Date("2026-12-01")), batchSize: 2000 })) {
  const t1 = performance.now(); gen += t1 - t;
  for (const [k, table] of demoTables) { const rows = (b as any)[k]; if (rows.length) for (const r of toCopyRuns(table, cols.get(table), rows)) bytes += r.text.length; }
  t = performance.now(); ser += t - t1;
}
console.log({ gen: gen | 0, ser: ser | 0, mb: bytes / 1e6 });

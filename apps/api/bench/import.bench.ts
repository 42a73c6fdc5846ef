// `pnpm bench import [--rows 50000]`: generates a council file, imports it into a fresh database
// (BENCH_DATABASE_NAME, housing_bench by default) as `pnpm run import` does, and prints rows a
// second and the import's peak memory beside a plain `COPY` of the same rows into the same tables
// of a second fresh database, measured in the same run. It prints figures; nothing here asserts a time.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@housing/db/client";
import { z } from "zod";
import { systemClock } from "../src/kernel/clock.ts";
import { PostgresSearchEngine } from "../src/search/postgres/postgres-search-engine.ts";
import { importExitCodes, runImportCommand } from "../src/import/run-import-command.ts";
import { silentLogger } from "../src/testing/test-kit.ts";
import { benchDatabaseOptions } from "./bench-database.ts";
import { figure, freshDatabase, loadAverage, mb, measured, psql } from "./bench-kit.ts";

const { values } = parseArgs({ options: { rows: { type: "string" } }, allowPositionals: true });
const rows = z.coerce
  .number()
  .int()
  .min(100)
  .default(50_000)
  .parse(values.rows ?? process.env.BENCH_IMPORT_ROWS);
const { database } = benchDatabaseOptions;
const copyDatabase = `${database}_copy`;
// What an import writes, parents first: the plain COPY loads the same rows in this order.
const tables = ["Person", "Asset", "Tenure", "HouseholdMember", "RentAccount", "Charge", "Transaction", "DomainEvent"];

const folder = await mkdtemp(path.join(tmpdir(), "housing-import-bench-"));
const file = path.join(folder, "council.jsonl");
const generated = spawnSync(
  "pnpm",
  ["exec", "tsx", "src/import/generate-import-file.cli.ts", "--rows", String(rows), "--out", file],
  { stdio: "inherit", env: { ...process.env, INIT_CWD: folder } },
);
if (generated.status !== 0) throw new Error("Could not generate the import file");

const url = await freshDatabase(database);
const db = createDb(url, { maxConnections: 2 });
let output = "";
const run = await measured(() =>
  runImportCommand(
    [file],
    {
      cwd: folder,
      out: (text) => (output += text),
      progress: { write: () => true },
      now: () => performance.now(),
      ranBy: "bench",
    },
    async () => ({
      deps: { db, clock: systemClock, logger: silentLogger, search: new PostgresSearchEngine(db) },
      close: async () => undefined,
    }),
  ),
);
process.stdout.write(output);
if (run.result !== importExitCodes.imported) throw new Error(`The import ended with exit code ${run.result}`);
await db.$disconnect();

// The same rows, out of the imported database and straight into a second fresh one with COPY.
const copyUrl = await freshDatabase(copyDatabase);
const csv = (table: string) => path.join(folder, `${table}.csv`);
psql(url, tables.map((table) => `\\copy "${table}" TO '${csv(table)}' CSV\n`).join(""));
const copyStarted = performance.now();
psql(copyUrl, `BEGIN;\n${tables.map((table) => `\\copy "${table}" FROM '${csv(table)}' CSV\n`).join("")}COMMIT;\n`);
const copySeconds = (performance.now() - copyStarted) / 1000;
await rm(folder, { recursive: true, force: true });

const rate = rows / run.seconds;
const copyRate = rows / copySeconds;
console.log(
  [
    `Import of ${figure(rows)} generated rows: ${run.seconds.toFixed(1)} s, ${figure(rate)} rows/s.`,
    `  Peak memory of the importing process: RSS +${mb(run.peak.rss - run.base.rss)} MB (${mb(run.peak.rss)} MB in all), heap +${mb(run.peak.heap - run.base.heapUsed)} MB (${mb(run.peak.heap)} MB in all); live heap after a full GC at most ${mb(run.peak.liveHeap)} MB.`,
    `Plain COPY of the same rows (and their events) into the same tables: ${copySeconds.toFixed(1)} s, ${figure(copyRate)} rows/s.`,
    `  The import takes ${(run.seconds / copySeconds).toFixed(1)}x the time of COPY.`,
    `Load average: ${loadAverage()}.`,
  ].join("\n"),
);

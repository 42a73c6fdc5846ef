// `pnpm bench seed [--persons 100000]`: seeds a fresh database (BENCH_DATABASE_NAME with `_seed`)
// with the demo data as `pnpm db:seed` and the benchmarks do, then loads the same rows with a plain
// `COPY` into the same tables of a second fresh database, their indexes, keys and checks in place,
// in one transaction, measured in the same run. It prints figures; nothing here asserts a time.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@housing/db/client";
import { demoTableNames, seedDemoDataIfEmpty } from "@housing/db/demo-data";
import { ZBenchPersons, benchDatabaseOptions } from "./bench-database.ts";
import { figure, freshDatabase, loadAverage, mb, measured, psql } from "./bench-kit.ts";

const { values } = parseArgs({ options: { persons: { type: "string" } }, allowPositionals: true });
const persons = ZBenchPersons.parse(values.persons ?? process.env.BENCH_PERSONS);
const database = `${benchDatabaseOptions.database}_seed`;

console.log(`Load average before: ${loadAverage()}.`);
const url = await freshDatabase(database);
const db = createDb(url, { maxConnections: 2 });
const seed = await measured(() => seedDemoDataIfEmpty(db, { scale: persons, databaseUrl: url }));
await db.$disconnect();
const counts = Object.fromEntries(
  demoTableNames.map((table) => [table, Number(psql(url, `\\pset tuples_only on\nSELECT count(*) FROM "${table}"`))]),
);
const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);

// The same rows, out of the seeded database and into a second fresh one with COPY.
const folder = await mkdtemp(path.join(tmpdir(), "housing-seed-bench-"));
const file = (table: string) => path.join(folder, `${table}.copy`);
psql(url, demoTableNames.map((table) => `\\copy "${table}" TO '${file(table)}'\n`).join(""));
const copyUrl = await freshDatabase(`${database}_copy`);
const copyStarted = performance.now();
psql(
  copyUrl,
  `BEGIN;\n${demoTableNames.map((table) => `\\copy "${table}" FROM '${file(table)}'\n`).join("")}COMMIT;\n`,
);
const copySeconds = (performance.now() - copyStarted) / 1000;
await rm(folder, { recursive: true, force: true });

console.log(
  [
    `Seed of ${figure(persons)} persons (${figure(rows)} rows; ${figure(counts.Transaction ?? 0)} ledger transactions): ${seed.seconds.toFixed(1)} s, ${figure(rows / seed.seconds)} rows/s.`,
    `  Peak memory of the seeding process: RSS ${mb(seed.peak.rss)} MB; live heap after a full GC at most ${mb(seed.peak.liveHeap)} MB.`,
    `Plain COPY of the same rows into the same tables (indexes, keys and checks in place, one transaction): ${copySeconds.toFixed(1)} s, ${figure(rows / copySeconds)} rows/s.`,
    `  The seed takes ${(seed.seconds / copySeconds).toFixed(2)}x the time of COPY.`,
    `Load average after: ${loadAverage()}.`,
  ].join("\n"),
);

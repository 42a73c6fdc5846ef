// `pnpm bench extracts`: the persons extract (or `--entity transactions`) of a database seeded with
// BENCH_PERSONS (default 100,000) persons, over HTTP as JSON lines and as CSV, with rows a second and
// the memory of the process serving it, beside a plain `COPY (SELECT …) TO STDOUT` of the same rows
// through psql. It prints its figures; nothing here asserts a time.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { z } from "zod";
import { startTestServer } from "../src/testing/test-kit.ts";
import { ZBenchPersons, prepareBenchDatabase } from "./bench-database.ts";

const { values } = parseArgs({
  options: { persons: { type: "string" }, entity: { type: "string" } },
  allowPositionals: true,
});
const persons = ZBenchPersons.parse(values.persons ?? process.env.BENCH_PERSONS);
// The same rows straight out of PostgreSQL, for each extract the benchmark can time.
const copySelects = {
  persons: `SELECT id, "personRef", title, "firstName", "middleName", surname, "preferredTitle", "preferredFirstName",
    "preferredMiddleName", "preferredSurname", "dateOfBirth", "dateOfDeath", "personTypes", "createdAt", "modifiedAt"
    FROM "Person" ORDER BY id`,
  // The largest table of the demo data (about 33 a person): memory stays flat however many rows stream.
  transactions: `SELECT t.*, a."tenureId" FROM "Transaction" t LEFT JOIN "RentAccount" a ON a.id = t."rentAccountId" ORDER BY t.id`,
} as const;
const entity = z.enum(["persons", "transactions"]).default("persons").parse(values.entity);

type Run = { rows: number; bytes: number; seconds: number; peakRssGrowthMb: number; peakHeapGrowthMb: number };

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Samples this process's memory while `work` runs: the server streams from this process too. */
async function measured(work: () => Promise<{ rows: number; bytes: number }>): Promise<Run> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const started = performance.now();
  try {
    const { rows, bytes } = await work();
    const seconds = (performance.now() - started) / 1000;
    return {
      rows,
      bytes,
      seconds,
      peakRssGrowthMb: mb(peakRss - base.rss),
      peakHeapGrowthMb: mb(peakHeap - base.heapUsed),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Reads a body as it arrives, counting lines and bytes, holding none of it. */
async function drain(chunks: AsyncIterable<Uint8Array>): Promise<{ rows: number; bytes: number }> {
  let rows = 0;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows += 1;
  }
  return { rows, bytes };
}

async function overHttp(url: string, token: string, format: "jsonl" | "csv") {
  const response = await fetch(`${url}/api/v1/extracts/${entity}?format=${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok || !response.body) throw new Error(`The ${format} extract answered ${response.status}`);
  const counted = await drain(response.body);
  return { rows: format === "csv" ? counted.rows - 1 : counted.rows, bytes: counted.bytes };
}

/** The same rows straight out of PostgreSQL: psql running COPY, its output counted as it comes. */
async function plainCopy(databaseUrl: string) {
  const copySql = `COPY (${copySelects[entity]}) TO STDOUT WITH (FORMAT csv, HEADER)`;
  const psql = spawn("psql", [databaseUrl, "-X", "-q", "-c", copySql], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<number | null>((resolve) => psql.on("close", resolve));
  const counted = await drain(psql.stdout);
  if ((await exited) !== 0) throw new Error("psql COPY failed");
  return { rows: counted.rows - 1, bytes: counted.bytes };
}

function print(label: string, run: Run) {
  console.log(
    `${label.padEnd(24)} ${run.rows.toLocaleString("en-GB")} rows in ${run.seconds.toFixed(2)} s: ` +
      `${Math.round(run.rows / run.seconds).toLocaleString("en-GB")} rows/s, ${mb(run.bytes).toFixed(1)} MB, ` +
      `peak RSS +${run.peakRssGrowthMb.toFixed(1)} MB, peak heap +${run.peakHeapGrowthMb.toFixed(1)} MB`,
  );
}

async function main(): Promise<void> {
  const { url: databaseUrl, db } = await prepareBenchDatabase(persons);
  const server = await startTestServer(db);
  try {
    const token = await server.tokenFor("reporting");
    await overHttp(server.url, token, "csv"); // warm up: connections, JIT, the table in cache
    console.log(`The ${entity} extract:`);
    print("HTTP extract, JSON lines", await measured(() => overHttp(server.url, token, "jsonl")));
    print("HTTP extract, CSV", await measured(() => overHttp(server.url, token, "csv")));
    print("psql COPY … TO STDOUT", await measured(() => plainCopy(databaseUrl)));
    console.log("Memory is this process's (the server and the counting client); COPY's runs in psql and PostgreSQL.");
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

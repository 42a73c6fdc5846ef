// What the bulk benchmarks (import, seed) share: fresh databases, psql, memory sampling, figures.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { applyMigrations } from "@housing/db/migrate";
import { createDb } from "@housing/db/client";
import { ensureReferenceData } from "@housing/db/reference-data";
import pg from "pg";
import { benchDatabaseOptions } from "./bench-database.ts";

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
export const figure = (value: number) => Math.round(value).toLocaleString("en-GB");
export const loadAverage = () =>
  loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");

export function databaseUrl(name: string): string {
  const url = new URL(benchDatabaseOptions.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, migrated database holding the reference data (tenure types) an import adds. */
export async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: benchDatabaseOptions.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = databaseUrl(name);
  await applyMigrations(url);
  const db = createDb(url, { maxConnections: 1 });
  await ensureReferenceData(db);
  await db.$disconnect();
  return url;
}

/**
 * Runs `work` while sampling this process's memory above what it held before: the peak every 20 ms,
 * and (with --expose-gc, as `pnpm bench` runs) the live heap after a full collection every 10 s.
 */
export async function measured<T>(work: () => Promise<T>) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  const peak = { rss: base.rss, heap: base.heapUsed, liveHeap: base.heapUsed };
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heap = Math.max(peak.heap, now.heapUsed);
  }, 20);
  const collector = setInterval(() => {
    gc?.();
    peak.liveHeap = Math.max(peak.liveHeap, process.memoryUsage().heapUsed);
  }, 10_000);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peak, base };
  } finally {
    clearInterval(sampler);
    clearInterval(collector);
  }
}

export const psql = (url: string, script: string) =>
  execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", url], { input: script, encoding: "utf8" });

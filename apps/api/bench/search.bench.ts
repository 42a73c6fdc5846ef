// `pnpm bench search`: search latency and throughput over HTTP, the same queries straight on the
// engine (so the API's own cost shows as a ratio), write-to-searchable lag, and a full reindex,
// on a real PostgreSQL seeded with BENCH_PERSONS (default 100,000) persons. It prints its figures;
// nothing here asserts a time.
import { parseArgs } from "node:util";
import type { Db } from "@housing/db/client";
import { pino } from "pino";
import { z } from "zod";
import { systemClock } from "../src/kernel/clock.ts";
import { createOutboxIndexer } from "../src/search/indexer/outbox-indexer.ts";
import { PostgresSearchEngine } from "../src/search/postgres/postgres-search-engine.ts";
import { describeRebuildCounts, rebuildSearchIndex } from "../src/search/rebuild-search-index.ts";
import type { SearchIndexName, SearchQuery, SearchVisibility } from "../src/search/search-engine.port.ts";
import { searchVisibility } from "../src/search/run-search.ts";
import { queryTerms } from "../src/search/search-text.ts";
import { startTestServer } from "../src/testing/test-kit.ts";
import { ZBenchPersons, prepareBenchDatabase } from "./bench-database.ts";
import { buildQueryMix, type BenchQuery } from "./query-mix.ts";

const { values } = parseArgs({
  options: {
    persons: { type: "string" },
    requests: { type: "string" },
    seconds: { type: "string" },
    "skip-reindex": { type: "boolean" },
  },
  allowPositionals: true,
});
const options = z
  .object({
    persons: ZBenchPersons,
    requests: z.coerce.number().int().min(10).default(600),
    seconds: z.coerce.number().int().min(1).default(15),
  })
  .parse({
    persons: values.persons ?? process.env.BENCH_PERSONS,
    requests: values.requests,
    seconds: values.seconds,
  });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timeHttp(baseUrl: string, token: string, query: BenchQuery): Promise<number> {
  const started = performance.now();
  const response = await fetch(
    `${baseUrl}/api/v1/search/${query.index}?searchText=${encodeURIComponent(query.searchText)}&pageSize=12`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${query.index} "${query.searchText}" answered ${response.status}`);
  return performance.now() - started;
}

function engineQuery(query: BenchQuery): SearchQuery {
  return {
    index: query.index as SearchIndexName,
    terms: queryTerms(query.searchText),
    filters: query.index === "persons" ? { excludeWhenOnly: ["HousingOfficer", "HousingAreaManager"] } : {},
    sort: "relevance",
    isDesc: false,
    page: 1,
    pageSize: 12,
  };
}

type Timings = { http: number[]; direct: number[]; byKind: Map<string, number[]> };
type BenchServer = Awaited<ReturnType<typeof startTestServer>>;

/** A full reindex, timed: always, unless --skip-reindex and every index is already built. */
async function reindexUnlessBuilt(db: Db, engine: PostgresSearchEngine): Promise<void> {
  if (values["skip-reindex"] && (await engine.unbuiltIndexes()).length === 0) return;
  const started = performance.now();
  const counts = await rebuildSearchIndex({ db, search: engine, clock: systemClock });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Full reindex: ${seconds.toFixed(1)} s (${describeRebuildCounts(counts)}).`);
}

/**
 * Each query over HTTP and then straight on the engine, so both see the same cache and the same
 * load from the rest of a shared machine, and their ratio is the API's own cost.
 */
async function timeSequential(
  baseUrl: string,
  token: string,
  engine: PostgresSearchEngine,
  visibility: SearchVisibility,
  mix: BenchQuery[],
): Promise<Timings> {
  const timings: Timings = { http: [], direct: [], byKind: new Map() };
  for (let i = 0; i < options.requests; i += 1) {
    const query = mix[i % mix.length] as BenchQuery;
    const took = await timeHttp(baseUrl, token, query);
    timings.http.push(took);
    timings.byKind.set(query.kind, [...(timings.byKind.get(query.kind) ?? []), took]);
    const started = performance.now();
    await engine.search(engineQuery(query), visibility);
    timings.direct.push(performance.now() - started);
  }
  return timings;
}

/** Requests completed by 16 concurrent clients going through the mix for `options.seconds`. */
async function countConcurrent(baseUrl: string, token: string, mix: BenchQuery[]): Promise<number> {
  let completed = 0;
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += 16) {
        await timeHttp(baseUrl, token, mix[i % mix.length] as BenchQuery);
        completed += 1;
      }
    }),
  );
  return completed;
}

/** For 40 residents: rename them over HTTP, then poll search until the new surname is found. */
async function timeWriteToSearchable(db: Db, baseUrl: string, token: string): Promise<number[]> {
  const lags: number[] = [];
  const people = await db.person.findMany({
    where: { personTypes: { hasSome: ["Tenant", "Leaseholder", "HouseholdMember"] } },
    select: { id: true, version: true },
    take: 40,
    orderBy: { personRef: "asc" },
  });
  for (const [i, person] of people.entries()) {
    const surname = `Benchlag${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}zq`;
    const started = performance.now();
    const patched = await fetch(`${baseUrl}/api/v1/persons/${person.id}`, {
      method: "PATCH",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "if-match": `"${person.version}"`,
      },
      body: JSON.stringify({ surname }),
    });
    if (patched.status !== 204) throw new Error(`PATCH answered ${patched.status}`);
    await waitUntilSearchable(baseUrl, token, surname, started);
    lags.push(performance.now() - started);
  }
  return lags;
}

async function waitUntilSearchable(baseUrl: string, token: string, surname: string, started: number): Promise<void> {
  for (;;) {
    const response = await fetch(`${baseUrl}/api/v1/search/persons?searchText=${surname}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { total: number };
    if (body.total > 0) return;
    if (performance.now() - started > 30_000) throw new Error("A change was not searchable within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function printFigures({ http, direct, byKind }: Timings, completed: number, lags: number[]): void {
  const overHttp = summary(http);
  const onEngine = summary(direct);
  console.log("\nSearch latency over HTTP (sequential, page of 12):");
  console.log(
    `  all queries      p50 ${ms(overHttp.p50)}  p95 ${ms(overHttp.p95)}  p99 ${ms(overHttp.p99)}  (${http.length} requests)`,
  );
  for (const [kind, samples] of byKind) {
    const s = summary(samples);
    console.log(`  ${kind.padEnd(16)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}`);
  }
  console.log("Same queries straight on the engine (no HTTP, auth, validation or JSON):");
  console.log(`  all queries      p50 ${ms(onEngine.p50)}  p95 ${ms(onEngine.p95)}  p99 ${ms(onEngine.p99)}`);
  console.log(
    `API cost ratio (HTTP p50 / engine p50): ${(overHttp.p50 / onEngine.p50).toFixed(2)}x; p95 ratio ${(overHttp.p95 / onEngine.p95).toFixed(2)}x`,
  );
  console.log(
    `Throughput at 16 concurrent clients: ${(completed / options.seconds).toFixed(0)} requests/s over ${options.seconds} s`,
  );
  const lag = summary(lags);
  console.log(
    `Write-to-searchable lag (PATCH then poll search, ${lags.length} edits): p50 ${ms(lag.p50)}  p95 ${ms(lag.p95)}`,
  );
}

async function runAgainst(server: BenchServer, engine: PostgresSearchEngine, db: Db, mix: BenchQuery[]): Promise<void> {
  const token = await server.tokenFor("housing-officer");
  for (const query of mix) await timeHttp(server.url, token, query); // warm-up: every query once
  const visibility = searchVisibility(db, ["housing"], new Date().toISOString().slice(0, 10));
  const timings = await timeSequential(server.url, token, engine, visibility, mix);
  const completed = await countConcurrent(server.url, token, mix);
  const lags = await timeWriteToSearchable(db, server.url, token);
  printFigures(timings, completed, lags);
}

async function main(): Promise<void> {
  const { db } = await prepareBenchDatabase(options.persons);
  const engine = new PostgresSearchEngine(db);
  await reindexUnlessBuilt(db, engine);
  const mix = await buildQueryMix(db);
  console.log(`Query mix: ${mix.length} queries (${[...new Set(mix.map((q) => q.kind))].join(", ")}).`);

  const server = await startTestServer(db, { search: engine });
  const indexer = createOutboxIndexer({
    db,
    search: engine,
    logger: pino({ level: "silent" }),
    clock: systemClock,
    pollIntervalMs: 50,
  });
  indexer.start();
  try {
    await runAgainst(server, engine, db, mix);
  } finally {
    await indexer.stop();
    await server.stop();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

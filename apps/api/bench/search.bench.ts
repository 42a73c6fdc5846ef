// `pnpm bench search`: search latency over HTTP for a wide mix of queries (hundreds of distinct
// surnames, postcodes and streets, later pages, every sort), the same queries straight on the
// engine and as plain SQL on the base tables (plain-sql-baseline.ts), all measured in the same run,
// the search tables' size against the rows they index, throughput, write-to-searchable lag and a
// full reindex, on a real PostgreSQL seeded with BENCH_PERSONS (default 100,000) persons. It prints
// its figures; nothing here asserts a time.
import { parseArgs } from "node:util";
import { type Db, poolOf } from "@housing/db/client";
import type pg from "pg";
import { pino } from "pino";
import { z } from "zod";
import { systemClock } from "../src/kernel/clock.ts";
import { createOutboxIndexer } from "../src/search/indexer/outbox-indexer.ts";
import { PostgresSearchEngine } from "../src/search/postgres/postgres-search-engine.ts";
import { describeRebuildCounts, rebuildSearchIndex } from "../src/search/rebuild-search-index.ts";
import type { SearchQuery, SearchVisibility } from "../src/search/search-engine.port.ts";
import { accountTermWeights, filtersFor, searchVisibility } from "../src/search/run-search.ts";
import { queryTerms } from "../src/search/search-text.ts";
import { startTestServer } from "../src/testing/test-kit.ts";
import { ZBenchPersons, prepareBenchDatabase } from "./bench-database.ts";
import { type AddressWordRows, baselineSql, countAddressWords, prepareBaseline } from "./plain-sql-baseline.ts";
import { type BenchQuery, buildQueryMix, queryString } from "./query-mix.ts";
import { type KindTimings, ms, printLatencyTable, printSizes, summary } from "./search-figures.ts";

const { values } = parseArgs({
  options: {
    persons: { type: "string" },
    rounds: { type: "string" },
    seconds: { type: "string" },
    "skip-reindex": { type: "boolean" },
  },
  allowPositionals: true,
});
const options = z
  .object({
    persons: ZBenchPersons,
    rounds: z.coerce.number().int().min(1).default(1),
    seconds: z.coerce.number().int().min(1).default(15),
  })
  .parse({
    persons: values.persons ?? process.env.BENCH_PERSONS,
    rounds: values.rounds,
    seconds: values.seconds,
  });

async function timeHttp(baseUrl: string, token: string, query: BenchQuery): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${queryString(query)}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { total?: number };
  if (!response.ok) throw new Error(`${queryString(query)} answered ${response.status}`);
  return { ms: performance.now() - started, total: body.total ?? 0 };
}

const sorts: Record<BenchQuery["index"], Record<string, SearchQuery["sort"]>> = {
  persons: { surname: "text" },
  assets: { address: "text" },
  tenures: { startDate: "date" },
  accounts: { balance: "amount", address: "text" },
};

/** The engine query the API makes of a bench query (run-search.ts). */
function engineQuery(query: BenchQuery): SearchQuery {
  const filters = {
    persons: filtersFor.persons({}),
    assets: filtersFor.assets({}),
    tenures: filtersFor.tenures({}),
    accounts: {},
  }[query.index];
  return {
    index: query.index,
    terms: queryTerms(query.searchText),
    filters,
    ...(query.lookUpType ? { termWeights: accountTermWeights(query.lookUpType) } : {}),
    sort: sorts[query.index][query.sortBy] ?? "relevance",
    isDesc: query.isDesc,
    page: query.page,
    pageSize: 12,
  };
}

type BenchServer = Awaited<ReturnType<typeof startTestServer>>;

/** A full reindex, timed: always, unless --skip-reindex and every index is already built. */
async function reindexUnlessBuilt(db: Db, engine: PostgresSearchEngine): Promise<void> {
  if (values["skip-reindex"] && (await engine.unbuiltIndexes()).length === 0) return;
  const started = performance.now();
  const counts = await rebuildSearchIndex({ db, search: engine, clock: systemClock });
  const seconds = (performance.now() - started) / 1000;
  console.log(`Full reindex: ${seconds.toFixed(1)} s (${describeRebuildCounts(counts)}).`);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

type Run = {
  url: string;
  token: string;
  engine: PostgresSearchEngine;
  sql: pg.Pool;
  visibility: SearchVisibility;
  addressWordRows: AddressWordRows;
};

/**
 * The mix over HTTP, then straight on the engine, then as plain SQL, each way in a pass of its own:
 * a search then follows searches, as in service. Taken one query at a time, the engine ran each
 * query on the pages HTTP had just read for it, and HTTP on the cache the previous query's plain SQL
 * had left: at 1,000,000 persons accounts by name took 15.7 ms on the engine at p95 that way, 39.0
 * in a pass of its own (HTTP 52.9 and 52.2).
 */
async function timeSequential(run: Run, mix: BenchQuery[]): Promise<Map<string, KindTimings>> {
  const byKind = new Map<string, KindTimings>();
  const kindOf = (query: BenchQuery): KindTimings => {
    const kind = byKind.get(query.kind) ?? { http: [], engine: [], sql: [], queries: 0, sameTotal: 0 };
    byKind.set(query.kind, kind);
    return kind;
  };
  for (let round = 0; round < options.rounds; round += 1) {
    for (const query of mix) kindOf(query).http.push((await timeHttp(run.url, run.token, query)).ms);
    const engineTotals: number[] = [];
    for (const query of mix) {
      const onEngine = await timed(() => run.engine.search(engineQuery(query), run.visibility));
      kindOf(query).engine.push(onEngine.ms);
      engineTotals.push(onEngine.result.total);
    }
    for (const [i, query] of mix.entries()) {
      const baseline = baselineSql(query, run.addressWordRows);
      const plain = await timed(() => run.sql.query<{ total: number }>(baseline.text, baseline.values));
      const kind = kindOf(query);
      kind.sql.push(plain.ms);
      if (round > 0) continue;
      kind.queries += 1;
      if ((plain.result.rows[0]?.total ?? 0) === engineTotals[i]) kind.sameTotal += 1;
    }
  }
  return byKind;
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

async function runAgainst(server: BenchServer, engine: PostgresSearchEngine, db: Db, mix: BenchQuery[]): Promise<void> {
  const token = await server.tokenFor("housing-officer");
  const sql = poolOf(db);
  const visibility = searchVisibility(db, ["housing"], new Date().toISOString().slice(0, 10));
  const run: Run = {
    url: server.url,
    token,
    engine,
    sql,
    visibility,
    addressWordRows: await countAddressWords(sql, mix),
  };
  // Warm-up: every query once each way, so no way pays for reading the tables from disk.
  await timeSequential(run, mix);
  printLatencyTable(await timeSequential(run, mix));
  const completed = await countConcurrent(server.url, token, mix);
  console.log(
    `Throughput at 16 concurrent clients: ${(completed / options.seconds).toFixed(0)} requests/s over ${options.seconds} s`,
  );
  const lag = summary(await timeWriteToSearchable(db, server.url, token));
  console.log(`Write-to-searchable lag (PATCH then poll search, 40 edits): p50 ${ms(lag.p50)}  p95 ${ms(lag.p95)}`);
  await printSizes(sql);
}

async function main(): Promise<void> {
  const { db } = await prepareBenchDatabase(options.persons);
  const engine = new PostgresSearchEngine(db);
  // The baseline's indexes, and statistics on the seeded tables as a council's database would have them.
  await prepareBaseline(poolOf(db));
  await reindexUnlessBuilt(db, engine);
  const mix = await buildQueryMix(poolOf(db));
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

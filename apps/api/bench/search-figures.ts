import type pg from "pg";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export type KindTimings = { http: number[]; engine: number[]; sql: number[]; queries: number; sameTotal: number };

const cell = (samples: number[]) => {
  const s = summary(samples);
  return `${s.p50.toFixed(1).padStart(6)} ${s.p95.toFixed(1).padStart(6)}`;
};

/** Per kind: HTTP, engine and plain SQL p50 and p95, the engine's ratio to plain SQL, and how often their totals agree. */
export function printLatencyTable(byKind: Map<string, KindTimings>): void {
  console.log("\nLatency per kind, sequential, page of 12 (ms, p50 p95); engine = the engine's own call, no HTTP;");
  console.log(
    "plain SQL = the same words, fields, filter, sort and page by hand on the base tables (plain-sql-baseline.ts).",
  );
  console.log(
    `  ${"kind".padEnd(30)} ${"queries".padStart(7)}  ${"HTTP".padEnd(13)}  ${"engine".padEnd(13)}  ${"plain SQL".padEnd(13)}  engine/SQL p50 p95  same total`,
  );
  const all: KindTimings = { http: [], engine: [], sql: [], queries: 0, sameTotal: 0 };
  for (const [kind, t] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    all.http.push(...t.http);
    all.engine.push(...t.engine);
    all.sql.push(...t.sql);
    all.queries += t.queries;
    all.sameTotal += t.sameTotal;
    printRow(kind, t);
  }
  printRow("all", all);
}

function printRow(kind: string, t: KindTimings): void {
  const engine = summary(t.engine);
  const sql = summary(t.sql);
  const ratio = `${(engine.p50 / sql.p50).toFixed(2)}x ${(engine.p95 / sql.p95).toFixed(2)}x`;
  console.log(
    `  ${kind.padEnd(30)} ${String(t.queries).padStart(7)}  ${cell(t.http)}  ${cell(t.engine)}  ${cell(t.sql)}  ${ratio.padStart(18)}  ${t.sameTotal}/${t.queries}`,
  );
}

const searchTables = ["SearchDocument", "SearchContactTerm", "SearchVocabulary"];
/** The rows the projections read: documents are made of these. */
const indexedTables = ["Person", "Asset", "Tenure", "RentAccount", "HouseholdMember", "ContactDetail"];

/**
 * The search tables with their indexes (every partition), against the heap of the rows they index
 * (their own indexes left out).
 */
export async function printSizes(sql: pg.Pool): Promise<void> {
  const { rows } = await sql.query<{ name: string; search: string; indexed: string; persons: string }>(
    `SELECT sum(pg_total_relation_size(p.relid)) FILTER (WHERE t = ANY($1)) AS search,
            sum(pg_table_size(p.relid)) FILTER (WHERE t = ANY($2)) AS indexed,
            pg_table_size('"Person"'::regclass) AS persons
     FROM unnest($1::text[] || $2::text[]) AS t
     CROSS JOIN LATERAL (
       SELECT relid FROM pg_partition_tree(quote_ident(t)::regclass) UNION SELECT quote_ident(t)::regclass
     ) AS p`,
    [searchTables, indexedTables],
  );
  const { search, indexed, persons } = rows[0] ?? { search: "0", indexed: "1", persons: "1" };
  const mb = (bytes: string) => `${(Number(bytes) / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `\nSearch tables with their indexes (${searchTables.join(", ")}): ${mb(search)}, ${(Number(search) / Number(indexed)).toFixed(2)}x the ${mb(indexed)} of rows they index (${indexedTables.join(", ")}, without their indexes); ${(Number(search) / Number(persons)).toFixed(1)}x the Person table's ${mb(persons)}.`,
  );
}

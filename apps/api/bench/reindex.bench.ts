// `pnpm bench reindex`: a full reindex of a seeded database (BENCH_PERSONS, default 100,000
// persons), timed per index and in all: first reading and projecting alone, then the whole
// rebuild, then a plain COPY of the same documents and terms into scratch tables, the database's
// own speed for writing them, measured in the same run. It prints its figures; nothing asserts a time.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import type { Db } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import { systemClock } from "../src/kernel/clock.ts";
import { PostgresSearchEngine } from "../src/search/postgres/postgres-search-engine.ts";
import { endOfSources, readNextBatch } from "../src/search/projection/project-documents.ts";
import { rebuildSearchIndex } from "../src/search/rebuild-search-index.ts";
import {
  type SearchDocumentRecord,
  type SearchEngine,
  type SearchIndexName,
  searchIndexNames,
} from "../src/search/search-engine.port.ts";
import { ZBenchPersons, prepareBenchDatabase } from "./bench-database.ts";
import { openDocumentCopier } from "./copy-documents.ts";

const { values } = parseArgs({ options: { persons: { type: "string" } }, allowPositionals: true });
const persons = ZBenchPersons.parse(values.persons ?? process.env.BENCH_PERSONS);

const batchSize = 2_000;
type Phase = { seconds: number; peakMb: number };
type IndexFigures = { documents: number; terms: number; read?: Phase; rebuild?: Phase; copy?: Phase };

/** Runs `work`, sampling the process's memory meanwhile: seconds taken and the peak resident size. */
async function measure(work: () => Promise<void>): Promise<Phase> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 2 ** 20 };
}

/** Every document of an index, a batch at a time, as a rebuild reads and projects them. */
async function forEachBatch(db: Db, index: SearchIndexName, each: (docs: SearchDocumentRecord[]) => Promise<void>) {
  const today = todayIsoDate();
  for (let batch = await readNextBatch(db, index, undefined, batchSize); batch.size > 0;) {
    await each(batch.project(today));
    batch = batch.next ? await readNextBatch(db, index, batch.next, batchSize) : endOfSources;
  }
}

/** An engine that only counts the documents a rebuild hands it. */
class CountingEngine implements SearchEngine {
  readonly name = "counting";
  constructor(private readonly count: (docs: readonly SearchDocumentRecord[]) => void) {}
  async rebuild(_index: SearchIndexName, load: Parameters<SearchEngine["rebuild"]>[1]): Promise<void> {
    await load(async (docs) => this.count(docs));
  }
  async unbuiltIndexes(): Promise<SearchIndexName[]> {
    return [];
  }
  search(): never {
    throw new Error("The counting engine only counts a rebuild");
  }
  readAfter(): never {
    throw new Error("The counting engine only counts a rebuild");
  }
  write(): never {
    throw new Error("The counting engine only counts a rebuild");
  }
  reset(): never {
    throw new Error("The counting engine only counts a rebuild");
  }
}

/** The engine, with each index's rebuild timed. */
class TimedEngine extends PostgresSearchEngine {
  readonly timings = new Map<SearchIndexName, Phase>();

  override async rebuild(index: SearchIndexName, load: Parameters<PostgresSearchEngine["rebuild"]>[1]) {
    this.timings.set(index, await measure(() => super.rebuild(index, load)));
  }
}

const { db, url } = await prepareBenchDatabase(persons);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
console.log(`Load average before: ${load()}`);
const figures = new Map<SearchIndexName, IndexFigures>(
  searchIndexNames.map((index) => [index, { documents: 0, terms: 0 }]),
);

// The rebuild's own reading and projecting (its batches, its read-ahead), into an engine that
// only counts what it is handed: the read side's time, apart from any engine's writing.
for (const index of searchIndexNames) {
  const entry = figures.get(index) as IndexFigures;
  const counting = new CountingEngine((docs) => {
    entry.documents += docs.length;
    for (const doc of docs) entry.terms += doc.terms.length;
  });
  entry.read = await measure(async () => {
    await rebuildSearchIndex({ db, search: counting, clock: systemClock }, { indexes: [index] });
  });
}

const engine = new TimedEngine(db);
const total = await measure(async () => {
  await rebuildSearchIndex({ db, search: engine, clock: systemClock });
});
for (const [index, phase] of engine.timings) (figures.get(index) as IndexFigures).rebuild = phase;

const copier = await openDocumentCopier(url);
try {
  for (const index of searchIndexNames) {
    const entry = figures.get(index) as IndexFigures;
    let copying = 0;
    entry.copy = await measure(() =>
      forEachBatch(db, index, async (docs) => {
        const started = performance.now();
        await copier.copy(index, docs);
        copying += performance.now() - started;
      }),
    );
    // Only the COPY itself: reading and projecting are timed above.
    entry.copy.seconds = copying / 1000;
  }
} finally {
  await copier.close();
}
console.log(`Load average after: ${load()}`);
printTable(figures, total);
await db.$disconnect();

function printTable(all: Map<SearchIndexName, IndexFigures>, whole: Phase): void {
  const rows: string[][] = [];
  const sum = { documents: 0, terms: 0, read: 0, rebuild: 0, copy: 0 };
  for (const [index, f] of all) {
    const [read, rebuild, copy] = [f.read?.seconds ?? 0, f.rebuild?.seconds ?? 0, f.copy?.seconds ?? 0];
    Object.assign(sum, {
      documents: sum.documents + f.documents,
      terms: sum.terms + f.terms,
      read: sum.read + read,
      rebuild: sum.rebuild + rebuild,
      copy: sum.copy + copy,
    });
    rows.push(row(index, f.documents, f.terms, read, rebuild, copy, [f.read?.peakMb ?? 0, f.rebuild?.peakMb ?? 0]));
  }
  const readPeak = Math.max(...[...all.values()].map((f) => f.read?.peakMb ?? 0));
  rows.push(
    row("all (whole reindex)", sum.documents, sum.terms, sum.read, whole.seconds, sum.copy, [readPeak, whole.peakMb]),
  );
  const header = [
    "index",
    "documents",
    "terms",
    "read+project s",
    "reindex s",
    "docs/s",
    "COPY s",
    "ratio",
    "peak MB read / reindex",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(" | ")} |`;
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
  console.log(
    "read+project: the rebuild's reading and projecting alone (into an engine that only counts);\n" +
      "reindex: the whole rebuild (reading the next batch while the engine writes one);\n" +
      "COPY: the same documents and terms COPYed into plain tables; ratio: reindex / (read+project + COPY).",
  );
}

function row(
  name: string,
  documents: number,
  terms: number,
  read: number,
  rebuild: number,
  copy: number,
  peakMb: [number, number],
) {
  const n = (value: number) => value.toLocaleString("en-GB");
  return [
    name,
    n(documents),
    n(terms),
    read.toFixed(1),
    rebuild.toFixed(1),
    n(Math.round(documents / rebuild)),
    copy.toFixed(1),
    `${(rebuild / (read + copy)).toFixed(2)}x`,
    peakMb.map((mb) => mb.toFixed(0)).join(" / "),
  ];
}

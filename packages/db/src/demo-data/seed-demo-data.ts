import type { Db } from "../client.ts";
import { ensureReferenceData } from "../reference-data.ts";
import { dateOf, dayOf } from "./calendar.ts";
import { copyDemoData, oneSeedAtATime, serverTakesCopy } from "./copy-demo-data.ts";
import { createDemoBatch } from "./demo-context.ts";
import { addCounts, countBatch, type DemoCounts } from "./demo-counts.ts";
import { generateDemoBatches, housingOfficersFor, type DemoGeneration } from "./generate-demo-data.ts";
import { createDirectBatchWriter, createPrismaBatchWriter, type DemoBatchWriter } from "./write-demo-batch.ts";

export { demoTableNames } from "./demo-context.ts";
export { finishBulkLoad, prepareBulkLoad } from "./prepare-bulk-load.ts";

export const defaultDemoScale = 600;
export const defaultDemoSeed = 1;

export type SeedDemoDataOptions = {
  /** Number of persons to create (residents and a few housing officers). Default 600. */
  scale?: number;
  /** Same seed, scale and `asOf` → identical rows, ids included. Default 1. */
  seed?: number;
  /**
   * The day the data is current on (tenures active, a year of transactions up to it). It moves the
   * dates, never the shape. Default today (UTC).
   */
  asOf?: Date;
  /** Called after each batch is written with persons written so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Persons per batch (one database transaction each). Default 2,000, and 1,000 when a server is
   * loaded with COPY (all in one transaction), where each table of a batch is one COPY statement
   * and a batch's rows fit the generating thread's young generation: 500 took 2 s longer at
   * 100,000 persons.
   */
  batchSize?: number;
  /**
   * The same database's URL, to load over direct driver connections instead of through Prisma:
   * several times faster, worth it from tens of thousands of persons.
   */
  databaseUrl?: string;
};

export type DemoDataSummary = DemoCounts & {
  seed: number;
  scale: number;
  asOf: string;
  housingOfficers: number;
  durationMs: number;
};

/**
 * Fills an empty database with deterministic, realistic demo data for a London borough: estates,
 * blocks and homes, tenures and households, contact details, rent accounts with a year of
 * transactions (some in suspense). Base data only: no outbox events; build search by a reindex.
 */
export async function seedDemoData(db: Db, options: SeedDemoDataOptions = {}): Promise<DemoDataSummary> {
  const started = performance.now();
  const scale = options.scale ?? defaultDemoScale;
  const seed = options.seed ?? defaultDemoSeed;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of persons, got ${scale}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const asOf = dayOf(options.asOf ?? new Date());
  const totals = countBatch(createDemoBatch());
  const onBatch = (counts: DemoCounts) => {
    addCounts(totals, counts);
    options.onProgress?.(totals.persons, scale);
  };

  await ensureReferenceData(db);

  const generation = (batchSize: number) => ({ scale, seed, asOf, batchSize: options.batchSize ?? batchSize });
  if (options.databaseUrl && (await serverTakesCopy(options.databaseUrl))) {
    await copyDemoData(options.databaseUrl, generation(1_000), onBatch);
  } else {
    await writeBatches(
      generation(2_000),
      onBatch,
      options.databaseUrl ? createDirectBatchWriter(options.databaseUrl, 1) : createPrismaBatchWriter(db),
    );
  }

  // Fresh statistics, so the first queries (a search index build, above all) get good plans.
  await db.$executeRawUnsafe("ANALYZE");
  await db.referenceCounter.upsert({
    where: { name: "person" },
    create: { name: "person", lastValue: totals.persons },
    update: { lastValue: totals.persons },
  });
  return {
    seed,
    scale,
    asOf: dateOf(asOf).toISOString().slice(0, 10),
    housingOfficers: housingOfficersFor(scale),
    ...totals,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Generates batches here and writes each as the one before it is written (up to the writer's concurrency). */
async function writeBatches(
  generation: DemoGeneration,
  onBatch: (counts: DemoCounts) => void,
  writer: DemoBatchWriter,
): Promise<void> {
  const inFlight: Promise<void>[] = [];
  try {
    for (const batch of generateDemoBatches(generation)) {
      if (inFlight.length >= writer.concurrency) await inFlight.shift();
      const counts = countBatch(batch);
      const write = writer.write(batch).then(() => onBatch(counts));
      // Awaited in turn below; this only stops Node reporting it unhandled in the meantime.
      write.catch(() => undefined);
      inFlight.push(write);
    }
    for (const write of inFlight) await write;
  } finally {
    await Promise.allSettled(inFlight);
    await writer.close();
  }
}

/**
 * Seeds only a database without any person, so restarts never duplicate or disturb real data; on a
 * server, one instance at a time (see oneSeedAtATime).
 */
export async function seedDemoDataIfEmpty(
  db: Db,
  options: SeedDemoDataOptions = {},
): Promise<{ seeded: boolean; summary?: DemoDataSummary }> {
  return oneSeedAtATime(options.databaseUrl, async () => {
    if ((await db.person.count({ take: 1 })) > 0) return { seeded: false };
    return { seeded: true, summary: await seedDemoData(db, options) };
  });
}

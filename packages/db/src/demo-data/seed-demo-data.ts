import type { Db } from "../client.ts";
import { ensureReferenceData } from "../reference-data.ts";
import { dateOf, dayOf } from "./calendar.ts";
import type { DemoBatch } from "./demo-context.ts";
import { generateDemoBatches, housingOfficersFor } from "./generate-demo-data.ts";
import { createDirectBatchWriter, createPrismaBatchWriter } from "./write-demo-batch.ts";

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
  /** Persons per batch (one database transaction each). Default 2,000. */
  batchSize?: number;
  /**
   * The same database's URL, to load over direct driver connections instead of through Prisma:
   * several times faster, worth it from tens of thousands of persons.
   */
  databaseUrl?: string;
  /**
   * Direct connections loading batches at once (with `databaseUrl`). Default 1; 2 helps on a real
   * server. Keep 1 for the embedded database, which cannot run concurrent transactions.
   */
  loadConnections?: number;
};

export type DemoDataSummary = {
  seed: number;
  scale: number;
  asOf: string;
  persons: number;
  housingOfficers: number;
  organisations: number;
  assets: number;
  tenures: number;
  householdMembers: number;
  rentAccounts: number;
  charges: number;
  transactions: number;
  suspenseTransactions: number;
  contactDetails: number;
  cautionaryAlerts: number;
  durationMs: number;
};

type Counts = Omit<DemoDataSummary, "seed" | "scale" | "asOf" | "housingOfficers" | "durationMs">;

function count(batch: DemoBatch, totals: Counts): void {
  totals.persons += batch.persons.length;
  totals.organisations += batch.organisations.length;
  totals.assets += batch.assets.length;
  totals.tenures += batch.tenures.length;
  totals.householdMembers += batch.householdMembers.length;
  totals.rentAccounts += batch.rentAccounts.length;
  totals.charges += batch.charges.length;
  totals.transactions += batch.transactions.length;
  totals.suspenseTransactions += batch.transactions.filter((t) => t.isSuspense).length;
  totals.contactDetails += batch.contactDetails.length;
  totals.cautionaryAlerts += batch.cautionaryAlerts.length;
}

/**
 * Fills an empty database with deterministic, realistic demo data for a London borough: estates,
 * blocks and homes, tenures and households, contact details, rent accounts with a year of
 * transactions (some in suspense). Base data only: no outbox events; build search by a reindex.
 */
export async function seedDemoData(db: Db, options: SeedDemoDataOptions = {}): Promise<DemoDataSummary> {
  const started = performance.now();
  const scale = options.scale ?? defaultDemoScale;
  const seed = options.seed ?? defaultDemoSeed;
  const batchSize = options.batchSize ?? 2_000;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number of persons, got ${scale}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const asOf = dayOf(options.asOf ?? new Date());
  const totals: Counts = {
    persons: 0,
    organisations: 0,
    assets: 0,
    tenures: 0,
    householdMembers: 0,
    rentAccounts: 0,
    charges: 0,
    transactions: 0,
    suspenseTransactions: 0,
    contactDetails: 0,
    cautionaryAlerts: 0,
  };

  await ensureReferenceData(db);

  const housingOfficers = housingOfficersFor(scale);
  const writer = options.databaseUrl
    ? createDirectBatchWriter(options.databaseUrl, options.loadConnections ?? 1)
    : createPrismaBatchWriter(db);
  const inFlight: Promise<void>[] = [];
  let written = 0;
  const flush = async (full: DemoBatch) => {
    count(full, totals);
    if (inFlight.length >= writer.concurrency) await inFlight.shift();
    const write = writer.write(full).then(() => {
      written += full.persons.length;
      options.onProgress?.(written, scale);
    });
    // Awaited in turn below; this only stops Node reporting it unhandled in the meantime.
    write.catch(() => undefined);
    inFlight.push(write);
  };

  try {
    for (const batch of generateDemoBatches({ scale, seed, asOf, batchSize })) await flush(batch);
    for (const write of inFlight) await write;
  } finally {
    await Promise.allSettled(inFlight);
    await writer.close();
  }

  await db.referenceCounter.upsert({
    where: { name: "person" },
    create: { name: "person", lastValue: totals.persons },
    update: { lastValue: totals.persons },
  });
  return {
    seed,
    scale,
    asOf: dateOf(asOf).toISOString().slice(0, 10),
    housingOfficers,
    ...totals,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Seeds only a database without any person, so restarts never duplicate or disturb real data. */
export async function seedDemoDataIfEmpty(
  db: Db,
  options: SeedDemoDataOptions = {},
): Promise<{ seeded: boolean; summary?: DemoDataSummary }> {
  if ((await db.person.count({ take: 1 })) > 0) return { seeded: false };
  return { seeded: true, summary: await seedDemoData(db, options) };
}

// The benchmarks' database: created on the PostgreSQL server at BENCH_DATABASE_URL the first time,
// migrated, and seeded with generated demo data at the given scale when it holds no persons.
import { createDb, type Db } from "@housing/db/client";
import { seedDemoDataIfEmpty } from "@housing/db/demo-data";
import { applyMigrations } from "@housing/db/migrate";
import pg from "pg";
import { z } from "zod";

/** BENCH_DATABASE_URL and BENCH_DATABASE_NAME, with the machine's PostgreSQL and housing_bench by default. */
export const benchDatabaseOptions = z
  .object({
    adminUrl: z.url().default("postgresql://postgres@127.0.0.1:5432/postgres"),
    database: z.string().regex(/^\w+$/).default("housing_bench"),
  })
  .parse({
    adminUrl: process.env.BENCH_DATABASE_URL || undefined,
    database: process.env.BENCH_DATABASE_NAME || undefined,
  });

/** `--persons` (or BENCH_PERSONS): the scale to seed, 100,000 by default. */
export const ZBenchPersons = z.coerce.number().int().min(100).default(100_000);

export async function prepareBenchDatabase(persons: number): Promise<{ url: string; db: Db }> {
  const { adminUrl, database } = benchDatabaseOptions;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString());
  const db = createDb(url.toString(), { maxConnections: 10 });
  const started = performance.now();
  const { seeded } = await seedDemoDataIfEmpty(db, { scale: persons, databaseUrl: url.toString() });
  if (seeded)
    console.log(
      `Seeded ${persons.toLocaleString("en-GB")} persons in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
  console.log(
    `Database ${database}: ${(await db.person.count()).toLocaleString("en-GB")} persons, ${(await db.asset.count()).toLocaleString("en-GB")} assets, ${(await db.tenure.count()).toLocaleString("en-GB")} tenures.`,
  );
  return { url: url.toString(), db };
}

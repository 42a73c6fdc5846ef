// `pnpm db:seed [--scale N] [--seed S] [--as-of yyyy-mm-dd]`: applies migrations, then fills an empty
// database with demo data. It never adds to a database that already holds persons, --force or not:
// demo rows mixed into real (or other demo) data could never be told apart again.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb, type Db } from "../packages/db/src/client.ts";
import { defaultDemoScale, defaultDemoSeed, seedDemoDataIfEmpty } from "../packages/db/src/demo-data/seed-demo-data.ts";
import { applyMigrations } from "../packages/db/src/migrate.ts";

const ZSeedArgs = z.object({
  scale: z.coerce
    .number({ error: "Enter a whole number of persons" })
    .int()
    .min(1)
    .max(10_000_000)
    .default(defaultDemoScale),
  seed: z.coerce.number({ error: "Enter a whole number" }).int().default(defaultDemoSeed),
  asOf: z.iso.date().optional(),
  force: z.boolean().default(false),
});

function usage(message: string): never {
  console.error(
    `${message}\nUsage: DATABASE_URL=postgresql://… pnpm db:seed [--scale N] [--seed S] [--as-of yyyy-mm-dd]`,
  );
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    scale: { type: "string" },
    seed: { type: "string" },
    "as-of": { type: "string" },
    force: { type: "boolean" },
  },
  allowPositionals: false,
});
const parsed = ZSeedArgs.safeParse({
  scale: values.scale,
  seed: values.seed,
  asOf: values["as-of"],
  force: values.force,
});
if (!parsed.success) usage(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
const args = parsed.data;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  usage(
    "DATABASE_URL is not set: point it at the PostgreSQL database to seed (pnpm start seeds its embedded database by itself).",
  );
}

const { applied } = await applyMigrations(databaseUrl);
if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

async function seed(db: Db, url: string): Promise<boolean> {
  if ((await db.person.count()) > 0) {
    const forced = args.force ? " (--force does not change that: demo data only goes into an empty database)" : "";
    console.error(`The database already holds persons; refusing to seed it${forced}. Drop and recreate it to reseed.`);
    return false;
  }
  console.log(`Seeding ${args.scale.toLocaleString("en-GB")} persons (seed ${args.seed})…`);
  const started = performance.now();
  const result = await seedDemoDataIfEmpty(db, {
    scale: args.scale,
    seed: args.seed,
    databaseUrl: url,
    ...(args.asOf ? { asOf: new Date(`${args.asOf}T00:00:00Z`) } : {}),
    onProgress(done, total) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `  ${done.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} persons written (${seconds} s)`,
      );
    },
  });
  if (!result.summary) {
    console.error("Another process seeded the database meanwhile; nothing was added.");
    return false;
  }
  const { durationMs, ...summary } = result.summary;
  console.table(summary);
  console.log(`Seeded in ${(durationMs / 1000).toFixed(1)} s.`);
  return true;
}

const db = createDb(databaseUrl, { maxConnections: 4 });
try {
  if (!(await seed(db, databaseUrl))) process.exitCode = 1;
} finally {
  await db.$disconnect();
}

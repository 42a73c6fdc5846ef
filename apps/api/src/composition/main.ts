import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createDb } from "@housing/db/client";
import { seedDemoDataIfEmpty } from "@housing/db/demo-data";
import { type EmbeddedPostgres, embeddedMaxConnections, startEmbeddedPostgres } from "@housing/db/embedded-postgres";
import { applyMigrations } from "@housing/db/migrate";
import { ensureReferenceData } from "@housing/db/reference-data";
import { pino } from "pino";
import { readEnvOrExit } from "./env.ts";
import { clockOnDay, systemClock } from "../kernel/clock.ts";
import { createServer } from "./server.ts";
import { createOutboxIndexer } from "../search/indexer/outbox-indexer.ts";
import { advisoryLocks, soleInstanceLock } from "../search/indexer/search-lock.ts";
import { buildMissingIndexes, describeRebuildCounts, rebuildOutdatedIndexes } from "../search/rebuild-search-index.ts";
import { selectSearchEngine } from "./select-search-engine.ts";

// The composition root: the one place that reads the environment and builds process-wide resources.
const env = readEnvOrExit();
const logger = pino({ level: env.LOG_LEVEL });
const clock = env.DEMO_AS_OF ? clockOnDay(env.DEMO_AS_OF) : systemClock;
const cleanups: Array<() => Promise<void>> = [];

async function shutDown(exitCode: number): Promise<never> {
  // Last in, first out: the HTTP server, the indexer, the Prisma client, then the embedded database.
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      logger.error({ err: error }, "Error while shutting down");
    }
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  let databaseUrl = env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!databaseUrl) {
    const dataDir = path.join(env.DATA_DIR, "pgdata");
    await mkdir(dataDir, { recursive: true });
    embedded = await startEmbeddedPostgres({ dataDir });
    cleanups.push(() => embedded?.stop() ?? Promise.resolve());
    databaseUrl = embedded.url;
    console.log(`Using the embedded PostgreSQL database in ${dataDir} (set DATABASE_URL to use a server).`);
  }

  const { applied } = await applyMigrations(databaseUrl);
  if (applied.length > 0) console.log(`Applied ${applied.length} database migration(s).`);

  // The embedded database is one session: one connection, transactions queue (see embedded-postgres.ts).
  const db = createDb(databaseUrl, { maxConnections: embedded ? embeddedMaxConnections : 10 });
  cleanups.push(() => db.$disconnect());
  await ensureReferenceData(db);

  if (env.SEED_DEMO_DATA) {
    const { seeded } = await seedDemoDataIfEmpty(db, { databaseUrl, asOf: clock.now() });
    if (seeded) console.log("Loaded the demo data.");
  }

  const search = selectSearchEngine(db, env);
  // Instances sharing a database server take turns by advisory locks: one indexer applies events,
  // one rebuild runs at a time. The embedded database serves this process alone.
  const openLock = embedded ? soleInstanceLock : advisoryLocks({ databaseUrl, logger });
  const built = await buildMissingIndexes({ db, search, clock, openLock });
  if (Object.keys(built).length > 0) console.log(`Built the search index (${describeRebuildCounts(built)}).`);
  const indexer = createOutboxIndexer({
    db,
    search,
    logger,
    clock,
    lock: openLock("search-indexer"),
  });
  indexer.start();
  cleanups.push(() => indexer.stop());

  const server = await createServer({ db, config: env, logger, search, clock });
  cleanups.push(() => server.stop());
  const { port } = await server.start(env.PORT);
  console.log(`Housing Platform is running at http://localhost:${port}`);
  if (env.DEMO_AS_OF) console.log(`The clock is set to ${env.DEMO_AS_OF} (DEMO_AS_OF).`);
  // In the background, while the old documents keep answering: an upgrade's changed projections.
  rebuildOutdatedIndexes({ db, search, clock, openLock }).then(
    (rebuilt) => {
      if (Object.keys(rebuilt).length > 0)
        console.log(`Rebuilt outdated search indexes (${describeRebuildCounts(rebuilt)}).`);
    },
    (error: unknown) => {
      if (!stopping)
        logger.error({ err: error }, "Could not rebuild the outdated search indexes; the next start tries again");
    },
  );
  if (env.DEV_SIGN_IN) {
    console.log("Development sign-in is on: choose a demo user on the sign-in page (never use this in production).");
  }
  if (env.hostLimitedByDevSignIn) {
    console.log(
      `With the development sign-in on, the server listens on ${env.HOST} only, so only this machine can reach it; set HOST (e.g. HOST=0.0.0.0) to listen on other addresses.`,
    );
  }
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "Shutting down");
    void shutDown(0);
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "The Housing Platform could not start");
  void shutDown(1);
});

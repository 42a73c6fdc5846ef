// `pnpm reindex`: rebuilds every search index from the database while search keeps answering
// (a new generation is built, then swapped in). Uses DATABASE_URL, or the embedded database in
// DATA_DIR when the app is not running (an embedded database serves one process at a time).
import path from "node:path";
import { createDb } from "@housing/db/client";
import { embeddedMaxConnections, startEmbeddedPostgres } from "@housing/db/embedded-postgres";
import { applyMigrations } from "@housing/db/migrate";
import { systemClock } from "../kernel/clock.ts";
import { readEnvOrExit } from "../composition/env.ts";
import { advisoryLocks, soleInstanceLock } from "./indexer/search-lock.ts";
import { describeRebuildCounts, rebuildSearchIndex } from "./rebuild-search-index.ts";
import { selectSearchEngine } from "../composition/select-search-engine.ts";

const env = readEnvOrExit();

async function appIsRunning(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/healthcheck/ping`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok || response.status === 503;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  let databaseUrl = env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    if (await appIsRunning()) {
      console.error(
        `The app is running on port ${env.PORT} with the embedded database, which serves one process at a time. ` +
          "Stop it and run `pnpm reindex` again (it rebuilds the index on start when the index is missing), or set DATABASE_URL.",
      );
      process.exit(1);
    }
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, "pgdata") });
    databaseUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  await applyMigrations(databaseUrl);
  const db = createDb(databaseUrl, { maxConnections: stopEmbedded ? embeddedMaxConnections : 4 });
  try {
    const search = selectSearchEngine(db, env);
    const started = performance.now();
    let lastPrinted = 0;
    // Waits for a rebuild another instance is running, and lets a running indexer carry on.
    const logger = { warn: (_details: object, message: string) => console.warn(message) };
    const openLock = stopEmbedded ? soleInstanceLock : advisoryLocks({ databaseUrl, logger });
    const counts = await rebuildSearchIndex(
      { db, search, clock: systemClock, openLock },
      {
        onProgress(index, done) {
          if (done - lastPrinted >= 5000 || done < lastPrinted) {
            lastPrinted = done;
            process.stdout.write(`\r${index}: ${done} documents`);
          }
        },
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\nRebuilt the ${search.name} search index in ${seconds} s: ${describeRebuildCounts(counts)}.`);
  } finally {
    await db.$disconnect();
    await stopEmbedded?.();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

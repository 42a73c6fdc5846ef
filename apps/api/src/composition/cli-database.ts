import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createDb, type Db } from "@housing/db/client";
import { embeddedMaxConnections, startEmbeddedPostgres } from "@housing/db/embedded-postgres";
import { applyMigrations } from "@housing/db/migrate";
import { ensureReferenceData } from "@housing/db/reference-data";
import type { Env } from "./env.ts";

export type CliDatabase = { db: Db; close(): Promise<void> };

/** Refused to open the embedded database because the app is serving it; the message says what to do. */
export class DatabaseInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseInUseError";
  }
}

async function appAnswersOn(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/healthcheck/ping`, {
      signal: AbortSignal.timeout(1000),
    });
    return response.ok || response.status === 503;
  } catch {
    return false;
  }
}

/**
 * The database `pnpm start` uses, for a command-line tool: DATABASE_URL, or the embedded one in
 * DATA_DIR (which serves one process at a time, so not while the app runs). Migrated.
 */
export async function openCliDatabase(env: Env, command: string): Promise<CliDatabase> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL);
    const db = createDb(env.DATABASE_URL, { maxConnections: 4 });
    await ensureReferenceData(db);
    return { db, close: () => db.$disconnect() };
  }
  if (await appAnswersOn(env.PORT)) {
    throw new DatabaseInUseError(
      `The app is running on port ${env.PORT} with the embedded database, which serves one process at a time. ` +
        `Stop it and run \`${command}\` again, or set DATABASE_URL.`,
    );
  }
  const dataDir = path.join(env.DATA_DIR, "pgdata");
  await mkdir(dataDir, { recursive: true });
  const embedded = await startEmbeddedPostgres({ dataDir });
  try {
    await applyMigrations(embedded.url);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  const db = createDb(embedded.url, { maxConnections: embeddedMaxConnections });
  await ensureReferenceData(db);
  return {
    db,
    async close() {
      await db.$disconnect();
      await embedded.stop();
    },
  };
}

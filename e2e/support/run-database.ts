import { randomBytes } from "node:crypto";
import pg from "pg";
import { z } from "zod";

/**
 * E2E_DATABASE_SERVER_URL names a PostgreSQL server on which a run may create a database of its own
 * and drop it afterwards; unset, the product runs on its embedded database, as `pnpm start` does.
 */
export function runDatabaseServer(): string | undefined {
  return z
    .url({ protocol: /^postgres(ql)?$/ })
    .optional()
    .parse(process.env.E2E_DATABASE_SERVER_URL || undefined);
}

async function onServer<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** An empty database for this run, which the product migrates and seeds when it starts; its URL. */
export async function createRunDatabase(serverUrl: string): Promise<string> {
  const name = `housing_e2e_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the run's database, closing whatever connections the product still holds to it. */
export async function dropRunDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

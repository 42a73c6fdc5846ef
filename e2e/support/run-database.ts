import { randomBytes } from "node:crypto";
import { type DatabaseServer, databaseServerNamed } from "@housing/db/testing/database-server";
import pg from "pg";

/**
 * E2E_DATABASE_SERVER_URL names a PostgreSQL server on which a run may create a database of its own
 * and drop it afterwards; unset, the product runs on its embedded database, as `pnpm start` does.
 */
export const runDatabaseServer = (): DatabaseServer | undefined =>
  databaseServerNamed(process.env.E2E_DATABASE_SERVER_URL);

async function onServer<T>(server: DatabaseServer, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** An empty database for this run, which the product migrates and seeds when it starts; its URL. */
export async function createRunDatabase(server: DatabaseServer): Promise<string> {
  const name = `housing_e2e_${randomBytes(6).toString("hex")}`;
  await onServer(server, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  return server.urlFor(name);
}

/** Drops the run's database, closing whatever connections the product still holds to it. */
export async function dropRunDatabase(server: DatabaseServer, databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await onServer(server, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../client.ts";
import { embeddedMaxConnections, startEmbeddedPostgres } from "../embedded-postgres.ts";
import { testDatabaseTarget } from "./test-database-target.ts";

export type TestDatabase = { url: string; db: Db; drop(): Promise<void> };

/** A fresh, migrated, empty database of this test file's own; call `drop` in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("testDatabaseTemplate");
  const target = testDatabaseTarget();
  if (target.kind === "server") {
    const name = `housing_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: target.adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await admin.end();
    }
    const url = target.urlFor(name);
    const db = createDb(url, { maxConnections: 20 });
    return {
      url,
      db,
      async drop() {
        await db.$disconnect();
        const cleanup = new pg.Client({ connectionString: target.adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const embedded = await startEmbeddedPostgres({ loadDataDir: new Blob([await readFile(template)]) });
  const db = createDb(embedded.url, { maxConnections: embeddedMaxConnections });
  return {
    url: embedded.url,
    db,
    async drop() {
      await db.$disconnect();
      await embedded.stop();
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The template database's name (server) or the embedded template tarball's path. */
    testDatabaseTemplate: string;
  }
}

import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { dumpEmbeddedTemplate } from "../embedded-postgres.ts";
import { applyMigrations } from "../migrate.ts";
import { testDatabaseTarget } from "./test-database-target.ts";

/**
 * Migrates once into a template (a real PostgreSQL database when TEST_DATABASE_URL is set, else an
 * embedded database dumped to a file); every test file then copies it (see create-test-database.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = testDatabaseTarget();
  if (target.kind === "server") {
    const templateName = `housing_test_template_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: target.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${templateName}"`);
    await applyMigrations(target.urlFor(templateName));
    project.provide("testDatabaseTemplate", templateName);
    console.log(`Integration tests use PostgreSQL at ${new URL(target.adminUrl).host} (template ${templateName}).`);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "housing-test-"));
  const file = path.join(dir, "template.tar");
  const dump = await dumpEmbeddedTemplate(async (url) => {
    await applyMigrations(url);
  });
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("testDatabaseTemplate", file);
  console.log("Integration tests use the embedded PostgreSQL (set TEST_DATABASE_URL to use a server).");
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate.ts";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";

describe("applyMigrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("records every migration the way prisma migrate deploy does, so a second run applies nothing", async () => {
    const rows = await database.db.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    await expect(applyMigrations(database.url)).resolves.toEqual({ applied: [] });
  });

  it("installs the text-search extensions the search engine relies on", async () => {
    const [row] = await database.db.$queryRaw<{ similar: number; plain: string }[]>`
      SELECT similarity('Smith', 'Smyth')::float AS similar, unaccent('Zoë') AS plain`;
    expect(row?.plain).toBe("Zoe");
    expect(row?.similar).toBeGreaterThan(0.2);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db, queryPlannedOnce } from "./client.ts";
import { preparedPerConnection } from "./prepared-statements.ts";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";
import { testDatabaseTarget } from "./testing/test-database-target.ts";

type Prepared = { name: string; statement: string; generic_plans: string; custom_plans: string };

describe("statements planned once", () => {
  let database: TestDatabase;
  // One connection, so every statement below runs in the session whose statements it lists.
  let db: Db;
  const onServer = testDatabaseTarget().kind === "server";
  const kept = async () =>
    (
      await queryPlannedOnce<Prepared>(
        db,
        `SELECT name, statement, generic_plans::text, custom_plans::text FROM pg_prepared_statements`,
        [],
      )
    ).rows.filter((row) => row.name.startsWith("q_"));
  const plusOne = (n: number) => `SELECT $1::int + ${n} AS sum`;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createDb(database.url, { maxConnections: 1 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it("answers as an unprepared statement would, keeps a bounded number per connection and prepares again one it let go", async () => {
    for (let n = 0; n < preparedPerConnection + 5; n += 1) {
      expect((await queryPlannedOnce<{ sum: number }>(db, plusOne(n), [1])).rows).toEqual([{ sum: n + 1 }]);
    }
    const afterMany = await kept();
    if (onServer) {
      expect(afterMany.length).toBe(preparedPerConnection);
      expect(afterMany.some((row) => row.statement === plusOne(0))).toBe(false);
    } else {
      // The embedded database is one session behind every connection: nothing is prepared there.
      expect(afterMany).toEqual([]);
    }
    expect((await queryPlannedOnce<{ sum: number }>(db, plusOne(0), [41])).rows).toEqual([{ sum: 41 }]);
    if (onServer) expect((await kept()).some((row) => row.statement === plusOne(0))).toBe(true);
  });

  it.runIf(onServer)("plans a prepared statement once, and leaves every other statement's planning alone", async () => {
    const text = `SELECT count(*)::int AS n FROM "TenureType" WHERE code = $1`;
    for (const code of ["SEC", "INT", "SEC", "NONE"]) await queryPlannedOnce(db, text, [code]);
    const [row] = (await kept()).filter((prepared) => prepared.statement === text);
    expect(row).toMatchObject({ generic_plans: "4", custom_plans: "0" });
    const setting = `SELECT current_setting('plan_cache_mode') AS mode`;
    expect((await queryPlannedOnce<{ mode: string }>(db, setting, [])).rows).toEqual([{ mode: "force_generic_plan" }]);
    expect(await db.$queryRawUnsafe(setting)).toEqual([{ mode: "auto" }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReferenceData, tenureTypes } from "./reference-data.ts";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";

describe("ensureReferenceData", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("gives a new database every tenure type, and later runs add only what is missing", async () => {
    await database.db.tenureType.deleteMany({ where: { tenures: { none: {} } } });
    await ensureReferenceData(database.db);
    const codes = (await database.db.tenureType.findMany({ select: { code: true } })).map((row) => row.code);
    expect(codes.sort()).toEqual(tenureTypes.map((type) => type.code).sort());

    await database.db.tenureType.update({ where: { code: "SEC" }, data: { description: "Secure tenancy" } });
    await database.db.tenureType.delete({ where: { code: "TBB" } });
    await ensureReferenceData(database.db);
    expect(await database.db.tenureType.findUnique({ where: { code: "SEC" } })).toMatchObject({
      description: "Secure tenancy",
    });
    expect(await database.db.tenureType.count()).toBe(tenureTypes.length);
  });
});

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeAsset, makeTenureType } from "../testing/factories.ts";
import { inParallel, onRealPostgres } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

const rounds = 5;
let database: TestDatabase;
let sequence = 0;
const reference = () => `${72_000_000 + process.pid * 100 + (sequence += 1)}`.slice(-10);

onRealPostgres("letting a home under parallel requests (real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeTenureType(database.db, "SEC", "Tenancy");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("two officers starting a tenure on the same void home at once: one is let, the other refused with 409", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const home = await makeAsset(database.db);
      const officer = (i: number) => callerFor(database.db, actorWithRole("housing-officer", `officer-${i}`));
      const outcomes = await inParallel(3, (i) =>
        officer(i)
          .tenure.create({
            paymentReference: reference(),
            tenureTypeCode: "SEC",
            assetId: home.id,
            startOfTenureDate: `2024-0${i + 1}-01`,
          })
          .then(
            () => "ok",
            (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
          ),
      );
      expect([...outcomes].sort()).toEqual(["CONFLICT", "CONFLICT", "ok"]);
      expect(await database.db.tenure.count({ where: { assetId: home.id } })).toBe(1);
    }
  });
});

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { afterAll, beforeAll, expect, it } from "vitest";
import { onRealPostgres, outcome } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

// The estate → block → dwelling rule, raced: a home placed in a block while the block's type changes.
const rounds = 5;
let database: TestDatabase;
let sequence = 0;
const reference = () => `${72_000_000 + process.pid * 1000 + (sequence += 1)}`.slice(-9);
const as = (role: TRole) => callerFor(database.db, actorWithRole(role));

onRealPostgres("the asset hierarchy under parallel requests (real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("a home placed in a block while the block becomes a garage: one wins, the other is refused naming its field", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const estate = await as("integration-service").asset.create({
        assetType: "Estate",
        propertyReference: reference(),
        addressLine1: "Race Estate",
      });
      const block = await as("integration-service").asset.create({
        assetType: "Block",
        propertyReference: reference(),
        parentId: estate.id,
        addressLine1: "Race House",
      });
      const outcomes = await Promise.all([
        outcome(
          as("integration-service").asset.create({
            assetType: "Dwelling",
            propertyReference: reference(),
            parentId: block.id,
            addressLine1: "Flat 1, Race House",
          }),
        ),
        outcome(as("housing-manager").asset.update({ id: block.id, version: 1, data: { assetType: "Garage" } })),
      ]);
      expect([
        ["ok", "BAD_REQUEST data.assetType"],
        ["BAD_REQUEST parentId", "ok"],
      ]).toContainEqual(outcomes);
      const misfits = await database.db.asset.count({ where: { parentId: block.id, parent: { assetType: "Garage" } } });
      expect(misfits).toBe(0);
    }
  });
});

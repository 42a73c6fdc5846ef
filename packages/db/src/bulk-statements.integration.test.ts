import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkCopyOf } from "./bulk-statements.ts";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";
import { testDatabaseTarget } from "./testing/test-database-target.ts";

describe("bulkCopyOf", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  const by = { id: "import", name: "Bulk \t import", email: "bulk@example.invalid" };
  const awkward = [
    "Tab\there",
    "Line\nbreak and \r return",
    "Back\\slash \\N and \\t",
    "Quote \" and ' and {braces}, commas",
    "Zoë Ñúñez 👩🏽‍⚕️",
  ];

  it("loads rows as they were given on a server, in one transaction with Prisma's own statements", async () => {
    const onServer = testDatabaseTarget().kind === "server";
    const ids = awkward.map(() => crypto.randomUUID());
    const loaded = await database.db.$transaction(async (tx) => {
      const copy = await bulkCopyOf(tx);
      // The embedded database's socket cannot carry COPY: callers fall back to statements there.
      expect(copy === undefined).toBe(!onServer);
      if (!copy) return false;
      await copy(
        "Person",
        awkward.map((name, i) => ({
          id: ids[i],
          personRef: 900_000 + i,
          firstName: name,
          middleName: i === 0 ? null : name,
          surname: `${name} surname`,
          dateOfBirth: "1980-02-29",
          personTypes: i % 2 === 0 ? ["Tenant", "HouseholdMember"] : [],
          reason: "Imported",
          createdAt: new Date("2026-01-02T03:04:05.678Z"),
          createdBy: by,
          modifiedBy: by,
        })),
      );
      // Prisma sees the rows within the same transaction.
      return (await tx.person.count({ where: { id: { in: ids } } })) === ids.length;
    });
    if (!onServer) return;
    expect(loaded).toBe(true);
    const rows = await database.db.person.findMany({ where: { id: { in: ids } }, orderBy: { personRef: "asc" } });
    expect(rows.map((row) => [row.firstName, row.middleName, row.surname, row.personTypes])).toEqual(
      awkward.map((name, i) => [
        name,
        i === 0 ? null : name,
        `${name} surname`,
        i % 2 === 0 ? ["Tenant", "HouseholdMember"] : [],
      ]),
    );
    expect(rows[0]).toMatchObject({
      dateOfBirth: new Date("1980-02-29T00:00:00.000Z"),
      createdAt: new Date("2026-01-02T03:04:05.678Z"),
      createdBy: by,
      version: 1,
    });
  });
});

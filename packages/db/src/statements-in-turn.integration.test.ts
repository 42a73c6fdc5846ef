import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolOf } from "./client.ts";
import { createTestDatabase, type TestDatabase } from "./testing/create-test-database.ts";

describe("a transaction's statements", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("go to its connection one at a time, even an include's relation reads, which Prisma sends at once", async () => {
    const { db } = database;
    const by = { id: "test", name: "Test", email: "test@example.invalid" };
    const person = await db.person.create({
      data: { personRef: 1, firstName: "Ada", surname: "Byron", reason: "Test", createdBy: by, modifiedBy: by },
    });
    // Counts the statements a connection is answering at the same time; pg would queue the second.
    let running = 0;
    let mostAtOnce = 0;
    const watched = new WeakSet<pg.PoolClient>();
    const watch = (connection: pg.PoolClient) => {
      if (watched.has(connection)) return;
      watched.add(connection);
      const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
      Object.assign(connection, {
        query: (...args: unknown[]) => {
          const answer = query(...args);
          if (!(answer instanceof Promise)) return answer;
          mostAtOnce = Math.max(mostAtOnce, ++running);
          return answer.finally(() => running--);
        },
      });
    };
    poolOf(db).on("acquire", watch);
    try {
      const read = await db.$transaction((tx) =>
        tx.person.findUnique({
          where: { id: person.id },
          include: {
            links: true,
            identifications: true,
            tenancies: true,
            serviceAreaData: true,
            cautionaryAlerts: true,
          },
        }),
      );
      expect(read).toMatchObject({ id: person.id, links: [], identifications: [], tenancies: [] });
      expect(mostAtOnce).toBe(1);
    } finally {
      poolOf(db).off("acquire", watch);
    }
  });
});

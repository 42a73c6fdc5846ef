import { randomUUID } from "node:crypto";
import { createDb, type Db } from "@housing/db/client";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { ZErrorResponse } from "@housing/schemas/errors";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { onRealPostgres } from "../testing/real-postgres.ts";
import { startTestServer } from "../testing/test-kit.ts";

onRealPostgres("a write that waits past its transaction's time (real PostgreSQL)", () => {
  let database: TestDatabase;
  let db: Db;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A second client on the same database whose transactions give up after a second, not 20.
    db = createDb(database.url, { transactionTimeoutMs: 1_000 });
    server = await startTestServer(db);
    token = await server.tokenFor("housing-officer");
  });

  afterAll(async () => {
    await server?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  const createPerson = (id: string) =>
    fetch(`${server.url}/api/v1/persons`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ ...personInput(), id }),
    });

  it("answers 503 Busy with Retry-After, saves nothing, and the same create succeeds once the rows are free", async () => {
    // Another transaction (as a long import does) holds the person counter every create needs.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    const id = randomUUID();
    try {
      await holder.query("BEGIN");
      await holder.query(`INSERT INTO "ReferenceCounter" ("name", "lastValue") VALUES ('person', 0)
        ON CONFLICT ("name") DO UPDATE SET "lastValue" = "ReferenceCounter"."lastValue"`);
      const waited = await createPerson(id);
      expect(waited.status).toBe(503);
      expect(waited.headers.get("retry-after")).toBe("5");
      const body = ZErrorResponse.parse(await waited.json());
      expect(body.code).toBe("Busy");
      expect(body.message).toMatch(/nothing was saved/);
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
    const read = await fetch(`${server.url}/api/v1/persons/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(404);
    expect((await createPerson(id)).status).toBe(201);
  });
});

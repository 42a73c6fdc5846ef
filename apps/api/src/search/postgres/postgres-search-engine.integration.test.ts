import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll } from "vitest";
import { searchEngineContract } from "../../testing/search-engine-contract.ts";
import { PostgresSearchEngine } from "./postgres-search-engine.ts";

let database: TestDatabase | undefined;

searchEngineContract("PostgreSQL", async () => {
  database = await createTestDatabase();
  return { db: database.db, engine: new PostgresSearchEngine(database.db) };
});

afterAll(async () => {
  await database?.drop();
});

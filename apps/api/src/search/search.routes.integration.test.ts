import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../context.ts";
import { makeAsset, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";
import { PostgresSearchEngine } from "./postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "./rebuild-search-index.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const officer = callerFor(database.db, actorWithRole("housing-officer"));
  ids.person = (await officer.person.create(personInput({ firstName: "Horatio", surname: "Restful" }))).id;
  const block = await database.db.asset.create({
    data: {
      propertyReference: "80000001",
      assetType: "Block",
      name: "Route House",
      addressLine1: "Route House",
      addressLine2: "Api Street",
      createdBy: {},
      modifiedBy: {},
    },
  });
  ids.block = block.id;
  ids.flat10 = (await makeAsset(database.db, { addressLine1: "Flat 10, Route House", parentId: block.id })).id;
  ids.flat9 = (await makeAsset(database.db, { addressLine1: "Flat 9, Route House", parentId: block.id })).id;
  await rebuildSearchIndex({ db: database.db, search: new PostgresSearchEngine(database.db), clock: systemClock });
  server = await startTestServer(database.db);
  token = await server.tokenFor("housing-officer");
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("REST search", () => {
  it("answers { results: { persons }, total } with paging parameters", async () => {
    const found = await get(
      "/api/v1/search/persons?searchText=restfull&page=1&pageSize=5&sortBy=relevance&isDesc=false",
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 1, results: { persons: [{ id: ids.person, firstname: "Horatio" }] } });
  });

  it("refuses one character, markup and a page size over 100 with 400 naming the field", async () => {
    for (const [query, field] of [
      ["searchText=a", "searchText"],
      ["searchText=%3Cscript%3E", "searchText"],
      ["searchText=ab&pageSize=101", "pageSize"],
      ["searchText=ab&assetTypes=Castle", "assetTypes.0"],
    ] as const) {
      const path = field.startsWith("asset") ? "assets" : "persons";
      const response = await get(`/api/v1/search/${path}?${query}`);
      expect(response.status).toBe(400);
      expect((response.body.fieldErrors as { path: string }[]).map((e) => e.path)).toContain(field);
    }
  });

  it("answers assets and tenures in their own shapes, and walks a cursor", async () => {
    const assets = await get("/api/v1/search/assets?searchText=route%20house&assetTypes=Dwelling&sortBy=address");
    expect((assets.body.results as { assets: { id: string }[] }).assets.map((a) => a.id)).toEqual([
      ids.flat9,
      ids.flat10,
    ]);
    expect((await get("/api/v1/search/tenures?searchText=route")).body).toEqual({ results: { tenures: [] }, total: 0 });
    const firstPage = await get("/api/v1/search/assets/cursor?searchText=route&pageSize=2");
    expect(firstPage.body.nextCursor).toEqual(expect.any(String));
    const lastPage = await get(
      `/api/v1/search/assets/cursor?searchText=route&pageSize=2&cursor=${String(firstPage.body.nextCursor)}`,
    );
    expect(lastPage.body).toMatchObject({ nextCursor: null });
    expect((lastPage.body.results as unknown[]).length).toBe(1);
  });

  it("reports the index status and lag", async () => {
    const status = await get("/api/v1/search/status");
    expect(status.body).toMatchObject({ engine: "postgres", isBuilt: true, deadLetters: 0 });
  });

  it("lists an asset's children in natural order, and 404s an unknown asset", async () => {
    const children = await get(`/api/v1/assets/${ids.block}/children`);
    expect((children.body.results as { id: string }[]).map((c) => c.id)).toEqual([ids.flat9, ids.flat10]);
    expect((await get("/api/v1/assets/3c9e5a1b-0000-4000-8000-000000000000/children")).status).toBe(404);
  });
});

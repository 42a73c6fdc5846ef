import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineOperation } from "../common/operation.ts";
import type { ContextDependencies } from "./request-context.ts";
import { registerErrorHandler } from "./error-handler.ts";
import { registerRestRoutes, restRoutesOf } from "./rest-route.ts";

const ZRecord = z.strictObject({ id: z.string(), version: z.number().int(), name: z.string() });
const stored = { id: "r1", version: 3, name: "Flat 1" };

const operations = {
  get: defineOperation({
    roles: ["housing-officer"],
    input: z.strictObject({ id: z.string() }),
    output: ZRecord,
    trpc: "query",
    handler: (_ctx, input) => ({ ...stored, id: input.id }),
    rest: {
      method: "GET",
      path: "/records/:id",
      operationId: "getRecord",
      summary: "A record",
      params: z.strictObject({ id: z.string() }),
      input: ({ params }) => params,
      description: "The record",
      etag: "The version",
    },
  }),
  rename: defineOperation({
    roles: ["housing-officer"],
    input: z.strictObject({ id: z.string(), version: z.number(), name: z.string() }),
    output: ZRecord,
    handler: (_ctx, input) => ({ id: input.id, version: input.version + 1, name: input.name }),
    rest: {
      method: "PUT",
      path: "/records/:id",
      operationId: "renameRecord",
      summary: "Rename a record",
      params: z.strictObject({ id: z.string() }),
      body: z.strictObject({ name: z.string() }),
      ifMatch: { description: "The version last read", ensureExists: async () => undefined },
      input: async ({ params, body, version }) => ({ id: params.id, name: body.name, version: await version() }),
      status: 201,
      description: "Renamed",
      etag: "The version",
      location: "/records/{id}",
    },
  }),
  leaky: defineOperation({
    roles: ["housing-officer"],
    input: z.void(),
    output: ZRecord,
    // A handler answering outside its schema, as a bug would.
    handler: () => ({ ...stored, version: "3" }) as unknown as z.input<typeof ZRecord>,
    rest: {
      method: "GET",
      path: "/leaky",
      operationId: "leaky",
      summary: "Leaks",
      input: () => undefined,
      description: "x",
    },
  }),
};

const app = Fastify();
app.decorate("contextDependencies", {} as ContextDependencies);
app.decorateRequest("actor", null);
app.addHook("onRequest", async (request) => {
  request.actor = {
    id: "u1",
    name: "Hannah Holt",
    email: "h@example.org",
    roles: ["housing-officer"],
    serviceAreas: ["housing"],
  };
});
registerErrorHandler(app);
registerRestRoutes(app, restRoutesOf(operations, "Records"));
afterAll(() => app.close());

describe("REST routes made from an operation table", () => {
  it("answer the output as the output schema parsed it, with its version as the ETag", async () => {
    const response = await app.inject({ method: "GET", url: "/records/r7" });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"3"');
    expect(response.json()).toEqual({ ...stored, id: "r7" });
  });

  it("map path, body and If-Match to the operation's input, and answer with the binding's status and Location", async () => {
    const response = await app.inject({
      method: "PUT",
      url: "/records/r7",
      headers: { "if-match": '"4"' },
      payload: { name: "Flat 2" },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers.etag).toBe('"5"');
    expect(response.headers.location).toBe("/records/r7");
    expect(response.json()).toEqual({ id: "r7", version: 5, name: "Flat 2" });
  });

  it("refuse an edit without If-Match with 409", async () => {
    const response = await app.inject({ method: "PUT", url: "/records/r7", payload: { name: "Flat 2" } });
    expect(response.statusCode).toBe(409);
  });

  it("answer a handler's output outside its schema as a plain 500, never sending it", async () => {
    const response = await app.inject({ method: "GET", url: "/leaky" });
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response.json())).not.toContain("Flat 1");
  });

  it("leave operations without a REST binding out", () => {
    expect(restRoutesOf({ get: { ...operations.get, rest: undefined } }, "Records")).toEqual([]);
  });
});

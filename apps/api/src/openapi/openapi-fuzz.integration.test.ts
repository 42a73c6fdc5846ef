import { createRandom } from "@housing/db/random";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { makeTenure, makeTenureType, personInput } from "../testing/factories.ts";
import {
  type FuzzSchema,
  hostileRawParameters,
  plausibleValue,
  withOneHostileValue,
} from "../testing/fuzz-requests.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

// A fixed seed keeps a failure reproducible; FUZZ_REQUESTS and FUZZ_SEED widen a local run.
const requestCount = Number(process.env.FUZZ_REQUESTS ?? 1_000);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);

const ZParameter = z.object({ name: z.string(), in: z.string(), schema: z.record(z.string(), z.unknown()) });
const ZOperation = z.object({
  parameters: z.array(ZParameter).default([]),
  requestBody: z
    .object({ content: z.object({ "application/json": z.object({ schema: z.record(z.string(), z.unknown()) }) }) })
    .optional(),
});
const ZOpenApi = z.object({
  paths: z.record(z.string(), z.record(z.string(), ZOperation)),
  components: z.object({ schemas: z.record(z.string(), z.record(z.string(), z.unknown())).default({}) }).optional(),
});

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
const ids: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  // Real records behind some of the ids, so that requests reach the writes and not only "not found".
  await makeTenureType(database.db, "SEC", "Tenancy");
  const integration = callerFor(database.db, actorWithRole("integration-service"));
  const housing = callerFor(database.db, actorWithRole("housing-officer"));
  const tenure = await makeTenure(database.db);
  const person = await housing.person.create(personInput());
  const account = await integration.finance.createRentAccount({ tenureId: tenure.id });
  const payment = await integration.finance.recordTransaction({
    isSuspense: true,
    transactionType: "Payment",
    transactionSource: "BACS",
    transactionDate: "2025-06-12",
    transactionAmount: 40,
    paymentReference: "FUZZ1",
  });
  const phone = await housing.contactDetails.create({
    targetId: person.id,
    targetType: "person",
    contactInformation: { contactType: "phone", subType: "mobile", value: "07700 900999" },
    sourceServiceArea: { area: "housing", isDefault: true },
  });
  ids.push(person.id, tenure.id, tenure.assetId, account.id, payment.id, phone.id);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

function encoded(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate cannot be UTF-8: send the bytes a broken client would.
    return "%ED%A0%80";
  }
}

it(`${requestCount} fuzzed requests over every route of the OpenAPI document: none is a 5xx`, async () => {
  const document = ZOpenApi.parse(await (await fetch(`${server.url}/api/openapi.json`)).json());
  const components = (document.components?.schemas ?? {}) as Record<string, FuzzSchema>;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  const random = createRandom(seed);
  const context = { random, components, ids };
  const token = await server.tokenFor("admin");
  const failures: string[] = [];

  for (let request = 0; request < requestCount; request += 1) {
    const { path, method, operation } = random.pick(operations);
    const hostilePart = random.pick(["path", "query", "body", "header", "none"] as const);
    const parameters = operation.parameters;
    const url = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const schema = parameters.find((p) => p.in === "path" && p.name === name)?.schema as FuzzSchema | undefined;
      if (hostilePart === "path" && random.chance(0.5)) return random.pick(hostileRawParameters);
      return encoded(plausibleValue(schema ?? {}, context));
    });
    const query = parameters
      .filter((p) => p.in === "query" && random.chance(0.5))
      .map((p) => {
        const value =
          hostilePart === "query" && random.chance(0.5)
            ? random.pick(hostileRawParameters)
            : encoded(plausibleValue(p.schema as FuzzSchema, context));
        return `${p.name}=${value}`;
      })
      .join("&");
    const bodySchema = operation.requestBody?.content["application/json"].schema as FuzzSchema | undefined;
    const plausibleBody = bodySchema ? plausibleValue(bodySchema, context) : undefined;
    const body = hostilePart === "body" && bodySchema ? withOneHostileValue(plausibleBody, random) : plausibleBody;
    const ifMatch =
      hostilePart === "header" ? random.pick(['"abc"', '"99999999999999999999"', 'W/"1"', "*", '""']) : '"1"';

    const target = `${url}${query ? `?${query}` : ""}`;
    const response = await fetch(`${server.url}${target}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        "if-match": ifMatch,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined || method === "GET" ? {} : { body: JSON.stringify(body) }),
    });
    await response.arrayBuffer();
    if (response.status >= 500) {
      failures.push(`${response.status} ${method} ${target.slice(0, 200)} ${JSON.stringify(body)?.slice(0, 300)}`);
    }
  }

  expect(failures, failures.slice(0, 20).join("\n")).toEqual([]);
}, 600_000);

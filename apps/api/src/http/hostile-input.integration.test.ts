import { randomUUID } from "node:crypto";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { ZRole } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { personInput } from "../testing/factories.ts";
import { type JsonSchemaNode, stringFieldPaths, unstorableTexts, valueAt } from "../testing/schema-fields.ts";
import { startTestServer } from "../testing/test-kit.ts";

const ZOperation = z.object({
  operationId: z.string(),
  description: z.string(),
  parameters: z.array(
    z.object({ name: z.string(), in: z.string(), schema: z.object({ enum: z.array(z.string()).optional() }) }),
  ),
  requestBody: z
    .object({ content: z.object({ "application/json": z.object({ schema: z.record(z.string(), z.unknown()) }) }) })
    .optional(),
});
const ZOpenApi = z.object({ paths: z.record(z.string(), z.record(z.string(), ZOperation)) });

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
const tokens = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function tokenFor(role: z.infer<typeof ZRole>): Promise<string> {
  const known = tokens.get(role);
  if (known) return known;
  const token = await server.tokenFor(role);
  tokens.set(role, token);
  return token;
}

/** Every operation of the served OpenAPI document, with a role that may call it. */
async function operations() {
  const document = ZOpenApi.parse(await (await fetch(`${server.url}/api/openapi.json`)).json());
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      // Path parameters that are right, so that the part under test is the one at fault.
      const validPath = (values: Record<string, string> = {}) =>
        path.replace(/\{(\w+)\}/g, (_match, name: string) => {
          const parameter = operation.parameters.find((p) => p.in === "path" && p.name === name);
          return values[name] ?? parameter?.schema.enum?.[0] ?? randomUUID();
        });
      return {
        path,
        validPath,
        method: method.toUpperCase(),
        operation,
        role: ZRole.parse(operation.description.match(/^Roles: ([\w-]+)/)?.[1]),
      };
    }),
  );
}

async function send(
  method: string,
  url: string,
  role: z.infer<typeof ZRole>,
  body?: string,
): Promise<{ status: number; paths: string[]; body: unknown }> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(role)}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body }),
  });
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = ZErrorResponse.safeParse(json);
  return {
    status: response.status,
    paths: parsed.success ? (parsed.data.fieldErrors ?? []).map((error) => error.path) : [],
    body: json,
  };
}

describe("no input gets a 500", () => {
  it("a lone surrogate or NUL in any text field of any request body is a 400 naming the field", async () => {
    let fields = 0;
    const writes = (await operations()).filter(({ operation }) => operation.requestBody);
    expect(writes.length).toBeGreaterThanOrEqual(13);
    for (const { path, validPath, method, operation, role } of writes) {
      const schema = operation.requestBody?.content["application/json"].schema as JsonSchemaNode;
      for (const field of stringFieldPaths(schema).filter((fieldPath) => fieldPath.length > 0)) {
        for (const text of Object.values(unstorableTexts)) {
          fields += 1;
          // JSON.stringify writes a lone surrogate as the escape "\ud800", as a hostile client would.
          const answer = await send(method, validPath(), role, JSON.stringify(valueAt(field, text)));
          expect({ route: `${method} ${path}`, field, status: answer.status }).toEqual({
            route: `${method} ${path}`,
            field,
            status: 400,
          });
          expect(answer.paths, `${method} ${path} ${field.join(".")}`).toContain(field.join("."));
        }
      }
    }
    expect(fields).toBeGreaterThan(100);
  });

  it("a NUL in any query or path parameter is a 400 naming it, and broken UTF-8 is never a 500", async () => {
    for (const { validPath, method, operation, role } of await operations()) {
      for (const parameter of operation.parameters.filter((p) => p.in === "query" || p.in === "path")) {
        for (const [encoded, mustName] of [
          ["ab%00cd", true],
          ["ab%ED%A0%80cd", false],
        ] as const) {
          const url =
            parameter.in === "path"
              ? validPath({ [parameter.name]: encoded })
              : `${validPath()}?${parameter.name}=${encoded}`;
          const answer = await send(method, url, role, method === "GET" ? undefined : "{}");
          expect({ url: `${method} ${url}`, status: answer.status }).not.toEqual({
            url: `${method} ${url}`,
            status: 500,
          });
          if (mustName) {
            expect(answer.status, `${method} ${url}`).toBe(400);
            expect(answer.paths.some((p) => p === parameter.name || p.startsWith(`${parameter.name}.`))).toBe(true);
          }
        }
      }
    }
  });

  it("a page past the last one a list reads is a 400 on page or pageNumber, and no search, cursor or export is a 500", async () => {
    let paged = 0;
    // The other parameters right, so that the page is what is at fault.
    const rest = "searchText=ab&lookUpType=TenantName&firstName=Ngozi";
    for (const { path, validPath, method, operation, role } of await operations()) {
      const names = operation.parameters.filter((p) => p.in === "query").map((p) => p.name);
      if (method !== "GET" || !(names.includes("page") || path.includes("/search/"))) continue;
      for (const name of ["page", "pageNumber"]) {
        for (const page of ["9007199254740991", "10001"]) {
          const answer = await send(method, `${validPath()}?${rest}&${name}=${page}`, role);
          if (names.includes(name)) {
            expect({ path, name, status: answer.status, paths: answer.paths }).toEqual({
              path,
              name,
              status: 400,
              paths: [name],
            });
            paged += 1;
          } else if (path.includes("/search/")) {
            // Cursors and exports read every match in id order: a page means nothing to them.
            expect({ path, name, status: answer.status }).toEqual({ path, name, status: 200 });
          }
        }
      }
      if (names.includes("page")) {
        const lastPage = await send(method, `${validPath()}?${rest}&page=10000&pageSize=1`, role);
        expect({ path, status: lastPage.status }).not.toEqual({ path, status: 400 });
        expect({ path, status: lastPage.status }).not.toEqual({ path, status: 500 });
      }
    }
    expect(paged).toBeGreaterThanOrEqual(8);
  });

  it("a tRPC procedure refuses a lone surrogate with 400 naming the field", async () => {
    const response = await fetch(`${server.url}/trpc/person.create`, {
      method: "POST",
      headers: { authorization: `Bearer ${await tokenFor("housing-officer")}`, "content-type": "application/json" },
      body: JSON.stringify(personInput({ firstName: "Ng\ud800ozi" })),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('"path":"firstName"');
  });

  const contactDetail = (contactInformation: Record<string, unknown>) => ({
    targetId: randomUUID(),
    targetType: "person",
    contactInformation: { subType: "mobile", ...contactInformation },
    sourceServiceArea: { area: "housing" },
  });

  it.each([
    { title: "a contact type that is not one", info: { contactType: "fax", value: "07700900123" } },
    { title: "a contact type that is a number", info: { contactType: 12345, value: "07700900123" } },
  ])("$title is a 400 on contactInformation.contactType listing the types", async ({ info }) => {
    const answer = await send(
      "POST",
      "/api/v1/contact-details",
      "housing-officer",
      JSON.stringify(contactDetail(info)),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      fieldErrors: [{ path: "contactInformation.contactType", message: "Choose phone, email or address" }],
    });
  });

  it("a value that is not a string is a 400 on contactInformation.value", async () => {
    const body = contactDetail({ contactType: "phone", value: 7700900123 });
    const answer = await send("POST", "/api/v1/contact-details", "housing-officer", JSON.stringify(body));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      fieldErrors: [{ path: "contactInformation.value", message: "Enter the phone number or email as text" }],
    });
  });
});

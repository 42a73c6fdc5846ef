import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let officerToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  officerToken = await server.tokenFor("housing-officer");
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

async function call(
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${options.token ?? officerToken}`,
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

async function createViaRest(overrides: Record<string, unknown> = {}) {
  const created = await call("POST", "/api/v1/persons", { body: personInput(overrides) });
  expect(created.status).toBe(201);
  return created;
}

describe("REST /api/v1/persons", () => {
  it("POST answers 201 with the person, its Location and ETag", async () => {
    const created = await createViaRest();
    const id = created.body?.id as string;
    expect(created.headers.get("location")).toBe(`/api/v1/persons/${id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body).toMatchObject({ version: 1, personTypes: ["Tenant"], dateOfBirth: "1985-06-15" });
  });

  it("POST accepts a client id in UUID form that is not an RFC 4122 version, and GET finds it", async () => {
    const id = "12345678-1234-1234-1234-123456789012";
    const created = await createViaRest({ id });
    expect(created.status).toBe(201);
    expect((await call("GET", `/api/v1/persons/${id}`)).body).toMatchObject({ id });
  });

  it("POST takes links as existing clients send them ({ href, rel, type }) and GET returns them", async () => {
    const links = [
      { href: "http://vulnerabilities/TWVoZGlLaW1ha2hlCg==", rel: "vulnerabilities", type: "GET" },
      { href: "https://socialcare.example.org/people/42", rel: "socialcare", system: "Mosaic", externalId: "42" },
    ];
    const created = await createViaRest({ links });
    const found = await call("GET", `/api/v1/persons/${created.body?.id as string}`);
    // In order of their relation.
    expect(found.body?.links).toEqual([
      expect.objectContaining({ ...links[1], type: "GET" }),
      expect.objectContaining({ ...links[0], system: "vulnerabilities", externalId: null }),
    ]);
    const refused = await call("POST", "/api/v1/persons", {
      body: personInput({ links: [{ href: "https://notes.example.org/1", rel: "notes", type: "DELETE" }] }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body?.fieldErrors).toEqual([expect.objectContaining({ path: "links.0.type" })]);
  });

  it("POST to /persons/{id} creates the person with that id, as existing clients call it", async () => {
    const id = crypto.randomUUID();
    const created = await call("POST", `/api/v1/persons/${id}`, { body: personInput() });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/persons/${id}`);
    expect((await call("GET", `/api/v1/persons/${id}`)).body).toMatchObject({ id });
    expect((await call("POST", `/api/v1/persons/${id}`, { body: personInput() })).status).toBe(409);
    const mismatched = await call("POST", `/api/v1/persons/${crypto.randomUUID()}`, {
      body: personInput({ id: crypto.randomUUID() }),
    });
    expect(mismatched.status).toBe(400);
    expect(mismatched.body?.fieldErrors).toEqual([expect.objectContaining({ path: "id" })]);
  });

  it("POST answers 400 listing every invalid field and writes nothing", async () => {
    const before = await database.db.person.count();
    const response = await call("POST", "/api/v1/persons", {
      body: { firstName: "Ann<script>", surname: "", personTypes: ["Wizard"], reason: "", dateOfBirth: "31/12/1990" },
    });
    expect(response.status).toBe(400);
    const paths = (response.body?.fieldErrors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["firstName", "surname", "personTypes.0", "reason", "dateOfBirth", "title"]),
    );
    expect(await database.db.person.count()).toBe(before);
  });

  it("GET answers 200 with the ETag, 404 for an unknown id and 400 for an id that is not a UUID", async () => {
    const created = await createViaRest();
    const found = await call("GET", `/api/v1/persons/${created.body?.id as string}`);
    expect(found.status).toBe(200);
    expect(found.headers.get("etag")).toBe('"1"');
    expect((await call("GET", "/api/v1/persons/8c6d8c1e-0000-4000-8000-000000000000")).status).toBe(404);
    // Any id in UUID form is an id, whatever its version digit says (other systems make such ids).
    expect((await call("GET", "/api/v1/persons/11111111-1111-1111-1111-111111111111")).status).toBe(404);
    const bad = await call("GET", "/api/v1/persons/not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body?.fieldErrors).toEqual([expect.objectContaining({ path: "id" })]);
  });

  it("PATCH with the current If-Match answers 204 and the new ETag; the change is visible", async () => {
    const created = await createViaRest();
    const id = created.body?.id as string;
    const patched = await call("PATCH", `/api/v1/persons/${id}`, {
      body: { surname: "Changed" },
      headers: { "if-match": '"1"' },
    });
    expect(patched.status).toBe(204);
    expect(patched.headers.get("etag")).toBe('"2"');
    expect((await call("GET", `/api/v1/persons/${id}`)).body).toMatchObject({ surname: "Changed", version: 2 });
  });

  it("PATCH answers 409 without If-Match or with a stale one, but 404 first for an unknown person", async () => {
    const created = await createViaRest();
    const id = created.body?.id as string;
    expect((await call("PATCH", `/api/v1/persons/${id}`, { body: { surname: "X" } })).status).toBe(409);
    await call("PATCH", `/api/v1/persons/${id}`, { body: { surname: "Y" }, headers: { "if-match": '"1"' } });
    const stale = await call("PATCH", `/api/v1/persons/${id}`, {
      body: { surname: "Z" },
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body?.details).toEqual({ currentVersion: 2, yourVersion: 1 });
    const unknown = "8c6d8c1e-0000-4000-8000-000000000001";
    expect((await call("PATCH", `/api/v1/persons/${unknown}`, { body: { surname: "Z" } })).status).toBe(404);
  });

  it("PATCH answers 400 for invalid fields and for fields that cannot be edited here", async () => {
    const created = await createViaRest();
    const id = created.body?.id as string;
    const invalid = await call("PATCH", `/api/v1/persons/${id}`, {
      body: { dateOfBirth: "2999-01-01", reason: "changed" },
      headers: { "if-match": '"1"' },
    });
    expect(invalid.status).toBe(400);
    const paths = (invalid.body?.fieldErrors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["dateOfBirth", "reason"]));
  });

  it("finds persons by details with paging, and needs at least one detail", async () => {
    const created = await createViaRest({ firstName: "Philippa", dateOfBirth: "1959-09-09" });
    const found = await call(
      "GET",
      `/api/v1/persons?lastName=${created.body?.surname as string}&dateOfBirth=1959-09-09`,
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ total: 1, page: 1, pageSize: 12 });
    expect((await call("GET", "/api/v1/persons")).status).toBe(400);
    // The same lookup as some existing clients write it, with a slash before the query.
    const slashed = await call("GET", `/api/v1/persons/?lastName=${created.body?.surname as string}`);
    expect(slashed.body).toMatchObject({ total: 1 });
  });

  it("serves the activity history and the duplicate check", async () => {
    const created = await createViaRest({ firstName: "Bartholomew", surname: "Quincey", dateOfBirth: "1977-01-02" });
    const id = created.body?.id as string;
    const activity = await call("GET", `/api/v1/persons/${id}/activity`);
    expect(activity.body).toMatchObject({ total: 1, results: [{ eventType: "PersonCreatedEvent" }] });
    const check = await call("POST", "/api/v1/persons/duplicate-check", {
      body: { firstName: "Bartholomew", surname: "Quincy", dateOfBirth: "1977-01-02" },
    });
    expect(check.status).toBe(200);
    const candidates = check.body?.candidates as { person: Record<string, unknown> }[];
    expect(candidates.map((c) => c.person.id)).toContain(id);
    // Exactly the documented summary and its addresses, not the ranking's working columns.
    expect(Object.keys(candidates[0]?.person ?? {}).sort()).toEqual(
      [
        "addresses",
        "dateOfBirth",
        "firstName",
        "id",
        "middleName",
        "personRef",
        "personTypes",
        "surname",
        "title",
      ].sort(),
    );
  });

  it("refuses a finance officer's create with 403 and a reason, and anonymous callers with 401", async () => {
    const finance = await call("POST", "/api/v1/persons", {
      body: personInput(),
      token: await server.tokenFor("finance-officer"),
    });
    expect(finance.status).toBe(403);
    expect(finance.body?.message).toMatch(/roles/);
    const anonymous = await fetch(`${server.url}/api/v1/persons?lastName=Smith`);
    expect(anonymous.status).toBe(401);
  });

  it("documents the person routes in the OpenAPI document", async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths["/api/v1/persons/{id}"] ?? {})).toEqual(["get", "post", "patch"]);
    expect(document.paths["/api/v1/persons"]).toHaveProperty("post");
    const patch = document.paths["/api/v1/persons/{id}"]?.patch as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    expect(patch.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "If-Match", in: "header", required: true }),
        expect.objectContaining({ name: "x-correlation-id", in: "header", required: false }),
      ]),
    );
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(["204", "400", "401", "403", "404", "409"]));
    expect(patch.responses["204"]?.headers).toHaveProperty("x-correlation-id");
    expect((await fetch(`${server.url}/api/docs`)).headers.get("content-type")).toContain("text/html");
  });
});

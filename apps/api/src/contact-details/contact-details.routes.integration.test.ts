import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let token: string;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  token = await server.tokenFor("housing-officer");
  personId = (await callerFor(database.db, actorWithRole("housing-officer")).person.create(personInput())).id;
});
afterAll(async () => {
  await server.stop();
  await database.drop();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  bearer = token,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body ? { "content-type": "application/json" } : {}), ...headers },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const mobile = (value: string) => ({
  targetId: personId,
  targetType: "person",
  contactInformation: { contactType: "phone", subType: "mobile", value, description: "Main number" },
  sourceServiceArea: { area: "housing", isDefault: true },
});

describe("REST /api/v1/contact-details", () => {
  it("POST answers 201 with Location and ETag in the seed's payload shape", async () => {
    const created = await call("POST", "/api/v1/contact-details", mobile("07700 900801"));
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`/api/v1/contact-details/${created.body.id as string}`);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.body).toMatchObject({
      targetId: personId,
      targetType: "person",
      contactInformation: { contactType: "phone", subType: "mobile", value: "+447700900801" },
      sourceServiceArea: { area: "housing", isDefault: true },
      isActive: true,
      createdBy: { fullName: "Test housing officer", emailAddress: "housing-officer-1@example.org" },
    });
  });

  it("POST answers 400 listing every invalid field", async () => {
    const response = await call("POST", "/api/v1/contact-details", {
      targetId: "nope",
      targetType: "person",
      contactInformation: { contactType: "phone", subType: "forwardingAddress", value: "call me" },
      sourceServiceArea: { area: "housing" },
    });
    expect(response.status).toBe(400);
    const paths = (response.body.fieldErrors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["targetId", "contactInformation.subType", "contactInformation.value"]),
    );
  });

  it("GET by id answers 200 with ETag, and 404 for a record of another area", async () => {
    const created = await call("POST", "/api/v1/contact-details", mobile("07700 900802"));
    const found = await call("GET", `/api/v1/contact-details/${created.body.id as string}`);
    expect(found.status).toBe(200);
    expect(found.headers.get("etag")).toBe('"1"');
    const finance = await call(
      "GET",
      `/api/v1/contact-details/${created.body.id as string}`,
      undefined,
      {},
      await server.tokenFor("finance-officer"),
    );
    expect(finance.status).toBe(404);
  });

  it("GET by target lists active records unless includeHistoric=true, and 400s a bad targetId", async () => {
    const created = await call("POST", "/api/v1/contact-details", mobile("07700 900803"));
    await call(
      "PUT",
      `/api/v1/contact-details/${created.body.id as string}`,
      { isActive: false },
      { "if-match": '"1"' },
    );
    const active = await call("GET", `/api/v1/contact-details?targetId=${personId}`);
    const all = await call("GET", `/api/v1/contact-details?targetId=${personId}&includeHistoric=true`);
    expect((all.body.results as unknown[]).length).toBe((active.body.results as unknown[]).length + 1);
    expect((await call("GET", "/api/v1/contact-details?targetId=123")).status).toBe(400);
    const none = await call("GET", "/api/v1/contact-details?targetId=5b7d0b8e-1111-4a53-9a0e-0a4b3f1f6c11");
    expect(none).toMatchObject({ status: 200, body: { results: [] } });
  });

  it("PUT changes only isActive, isDefault and description, needs If-Match, and refuses a stale one", async () => {
    const created = await call("POST", "/api/v1/contact-details", mobile("07700 900804"));
    const url = `/api/v1/contact-details/${created.body.id as string}`;
    expect((await call("PUT", url, { isActive: false })).status).toBe(409);
    const refused = await call("PUT", url, { contactInformation: { value: "07700 900999" } }, { "if-match": '"1"' });
    expect(refused.status).toBe(400);
    expect(refused.body.fieldErrors).toEqual([expect.objectContaining({ path: "contactInformation.value" })]);
    const saved = await call(
      "PUT",
      url,
      { contactInformation: { description: "Evenings only" } },
      { "if-match": '"1"' },
    );
    expect(saved.status).toBe(200);
    expect(saved.headers.get("etag")).toBe('"2"');
    expect((await call("PUT", url, { isActive: false }, { "if-match": '"1"' })).status).toBe(409);
  });

  it("looks up addresses by postcode and 400s something that is not one", async () => {
    expect((await call("GET", "/api/v1/addresses?postcode=E8%201DY")).status).toBe(200);
    expect((await call("GET", "/api/v1/addresses?postcode=hello")).status).toBe(400);
  });
});

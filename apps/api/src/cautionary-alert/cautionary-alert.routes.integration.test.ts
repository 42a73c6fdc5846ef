import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { todayIsoDate } from "@housing/schemas/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAsset, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let managerToken: string;
let officerToken: string;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  managerToken = await server.tokenFor("housing-manager");
  officerToken = await server.tokenFor("housing-officer");
  personId = (await callerFor(database.db, actorWithRole("housing-officer")).person.create(personInput())).id;
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${managerToken}`,
      ...(body ? { "content-type": "application/json" } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as never) : {} };
}

const alert = (fields: Record<string, unknown> = {}) => ({
  targetType: "person",
  targetId: personId,
  alertCode: "SAF",
  description: "Contact the social worker before any visit",
  startDate: "2024-02-01",
  ...fields,
});

describe("REST /api/v1/cautionary-alerts", () => {
  it("POST answers 201 with Location and ETag, and the target's list shows the alert", async () => {
    const created = await call("POST", "/api/v1/cautionary-alerts", alert());
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(created.headers.get("location")).toBe(`/api/v1/cautionary-alerts/${id}`);
    expect(created.headers.get("etag")).toBe('"1"');
    const list = await call("GET", `/api/v1/persons/${personId}/cautionary-alerts`, undefined, {
      authorization: `Bearer ${officerToken}`,
    });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ mayRaiseAndEnd: false, results: [{ id, alertType: "Safeguarding concern" }] });
  });

  it("lists a tenure's and a property's alerts, and 404s a target that does not exist", async () => {
    const tenure = await makeTenure(database.db);
    const asset = await makeAsset(database.db);
    await call("POST", "/api/v1/cautionary-alerts", alert({ targetType: "tenure", targetId: tenure.id }));
    await call("POST", "/api/v1/cautionary-alerts", alert({ targetType: "asset", targetId: asset.id }));
    expect((await call("GET", `/api/v1/tenures/${tenure.id}/cautionary-alerts`)).body).toMatchObject({
      results: [{ targetType: "tenure", targetId: tenure.id }],
    });
    expect((await call("GET", `/api/v1/assets/${asset.id}/cautionary-alerts`)).body).toMatchObject({
      results: [{ targetType: "asset", targetId: asset.id }],
    });
    expect((await call("GET", `/api/v1/tenures/${personId}/cautionary-alerts`)).status).toBe(404);
  });

  it("POST answers 400 naming every invalid field", async () => {
    const refused = await call(
      "POST",
      "/api/v1/cautionary-alerts",
      alert({ alertCode: "NOPE", description: "", startDate: "2024-02-30", targetType: "garage" }),
    );
    expect(refused.status).toBe(400);
    const paths = (refused.body as { fieldErrors: { path: string }[] }).fieldErrors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["alertCode", "description", "startDate", "targetType"]));
    const backwards = await call("POST", "/api/v1/cautionary-alerts", alert({ endDate: "2024-01-31" }));
    expect((backwards.body as { fieldErrors: unknown }).fieldErrors).toEqual([
      expect.objectContaining({ path: "endDate" }),
    ]);
  });

  it("POST is 403 for a role outside CAUTIONARY_ALERT_ROLES, and nothing is written", async () => {
    const before = await database.db.cautionaryAlert.count();
    const refused = await call("POST", "/api/v1/cautionary-alerts", alert(), {
      authorization: `Bearer ${officerToken}`,
    });
    expect(refused.status).toBe(403);
    expect(await database.db.cautionaryAlert.count()).toBe(before);
  });

  it("end needs If-Match: 409 without or stale, 200 with the new ETag, then a clear 409 for an ended alert", async () => {
    const { id } = (await call("POST", "/api/v1/cautionary-alerts", alert())).body as { id: string };
    const today = todayIsoDate();
    const end = (ifMatch?: string) =>
      call(
        "POST",
        `/api/v1/cautionary-alerts/${id}/end`,
        { endDate: today, endReason: "Case closed" },
        {
          ...(ifMatch ? { "if-match": ifMatch } : {}),
        },
      );
    expect((await end()).status).toBe(409);
    expect((await end('"2"')).status).toBe(409);
    const ended = await end('"1"');
    expect(ended.status).toBe(200);
    expect(ended.headers.get("etag")).toBe('"2"');
    expect(ended.body).toMatchObject({ endDate: today, endReason: "Case closed", isCurrent: false });
    const again = await end('"2"');
    expect(again.status).toBe(409);
    expect((again.body as { message: string }).message).toContain("already ended");
    expect(
      (await call("POST", `/api/v1/cautionary-alerts/${personId}/end`, { endDate: today }, { "if-match": '"1"' }))
        .status,
    ).toBe(404);
  });
});

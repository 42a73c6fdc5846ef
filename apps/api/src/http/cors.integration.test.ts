import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { startTestServer } from "../testing/test-kit.ts";

const partnerOrigin = "https://lettings.example.gov.uk";
const otherOrigin = "https://unknown.example.org";

let database: TestDatabase;
let withCors: Awaited<ReturnType<typeof startTestServer>>;
let withoutCors: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  withCors = await startTestServer(database.db, {
    env: { CORS_ORIGINS: `${partnerOrigin}, http://localhost:5173` },
  });
  withoutCors = await startTestServer(database.db);
});

afterAll(async () => {
  await withCors?.stop();
  await withoutCors?.stop();
  await database?.drop();
});

function preflight(baseUrl: string, path: string, origin: string, method = "PATCH"): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization,content-type,if-match,x-correlation-id",
    },
  });
}

async function createPerson(baseUrl: string, token: string, origin: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/persons`, {
    method: "POST",
    headers: { origin, authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(personInput()),
  });
}

function listOf(header: string | null): string[] {
  return (header ?? "").split(",").map((item) => item.trim().toLowerCase());
}

describe("CORS for browser apps on other origins (CORS_ORIGINS)", () => {
  it("answers an allowed origin's preflight without a token, allowing the token, If-Match and the correlation id", async () => {
    for (const path of ["/api/v1/persons/3f2b8a4e-8d0c-4a57-9a55-0d1c6f1f3b10", "/trpc/person.update"]) {
      const response = await preflight(withCors.url, path, partnerOrigin);

      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(partnerOrigin);
      expect(listOf(response.headers.get("access-control-allow-methods"))).toContain("patch");
      expect(listOf(response.headers.get("access-control-allow-headers"))).toEqual(
        expect.arrayContaining(["authorization", "content-type", "if-match", "x-correlation-id"]),
      );
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      expect(response.headers.get("www-authenticate")).toBeNull();
    }
  });

  it("lets an allowed origin read the answer and its ETag, Location and correlation id", async () => {
    const token = await withCors.tokenFor("housing-officer");
    const created = await createPerson(withCors.url, token, "http://localhost:5173");

    expect(created.status).toBe(201);
    expect(created.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(created.headers.get("vary")?.toLowerCase()).toContain("origin");
    expect(listOf(created.headers.get("access-control-expose-headers"))).toEqual(
      expect.arrayContaining(["etag", "location", "x-correlation-id"]),
    );
    expect(created.headers.get("etag")).toBeTruthy();
  });

  it("gives an origin that is not listed no Access-Control-Allow-Origin, so its browser withholds the answer", async () => {
    const refusedPreflight = await preflight(withCors.url, "/api/v1/persons", otherOrigin, "POST");
    expect(refusedPreflight.headers.get("access-control-allow-origin")).toBeNull();

    const token = await withCors.tokenFor("housing-officer");
    const created = await createPerson(withCors.url, token, otherOrigin);
    expect(created.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows no origin at all by default", async () => {
    const response = await preflight(withoutCors.url, "/api/v1/persons", partnerOrigin, "POST");

    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const token = await withoutCors.tokenFor("housing-officer");
    const created = await createPerson(withoutCors.url, token, partnerOrigin);
    expect(created.status).toBe(201);
    expect(created.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("still needs a token for the request itself", async () => {
    const response = await fetch(`${withCors.url}/api/v1/persons?firstName=Ann`, {
      headers: { origin: partnerOrigin },
    });

    expect(response.status).toBe(401);
    // The browser may read the refusal, so the app can tell its user to sign in.
    expect(response.headers.get("access-control-allow-origin")).toBe(partnerOrigin);
  });
});

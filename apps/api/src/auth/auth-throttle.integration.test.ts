import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../composition/env.ts";
import { type Server, createServer } from "../composition/server.ts";
import { capturingLogger } from "../testing/test-kit.ts";

const secret = "auth-throttle-tests-sign-with-this-long-secret";
const { logger, lines } = capturingLogger();
let database: TestDatabase;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await createServer({
    db: database.db,
    config: parseEnv({ HOST: "127.0.0.1", LOG_LEVEL: "info", AUTH_JWT_SECRET: secret, DEV_SIGN_IN: "false" }),
    logger,
  });
  baseUrl = (await server.start(0)).url;
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

const get = (path: string, token?: string) =>
  fetch(`${baseUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("repeated authentication failures from one address", () => {
  it("are answered 429 with Retry-After once past the limit, without verifying, and logged in summary", async () => {
    const refused: number[] = [];
    for (let i = 0; i < 20; i++)
      refused.push((await get("/api/v1/search/persons?searchText=ab", `bad-token-${i}`)).status);
    expect(new Set(refused)).toEqual(new Set([401]));
    const linesBeforeFlood = lines.length;

    const valid = await new SignJWT({ name: "Hannah Holt", email: "hannah@example.org", groups: ["housing-officer"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("staff-1")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    for (const token of ["bad-token-flood", valid, undefined]) {
      const response = await get("/api/v1/search/persons?searchText=ab", token);
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await response.json()).toMatchObject({ code: "TooManyRequests" });
    }
    for (let i = 0; i < 200; i++) expect((await get("/trpc/person.get", `flood-${i}`)).status).toBe(429);
    // Open routes without a token (the load balancer's health check) still answer.
    expect((await get("/api/v1/healthcheck/ping")).status).toBe(200);

    const flood = lines.slice(linesBeforeFlood);
    expect(flood.filter((line) => line.includes('"msg":"incoming request"'))).toHaveLength(0);
    expect(lines.filter((line) => line.includes("Token refused"))).toHaveLength(0);
    const summaries = lines.filter((line) => line.includes("Authentication failures throttled"));
    expect(summaries).toHaveLength(1);
    expect(JSON.parse(summaries[0] ?? "{}")).toMatchObject({ level: 40, failures: 20, windowSeconds: 60 });
  });
});

describe("behind a load balancer", () => {
  it("a flooded address stays throttled whatever X-Forwarded-For it sends, unless TRUST_PROXY says to believe it", async () => {
    const spoofed = await fetch(`${baseUrl}/api/v1/search/persons?searchText=ab`, {
      headers: { authorization: "Bearer bad-token", "x-forwarded-for": "203.0.113.9" },
    });
    expect(spoofed.status).toBe(429);
  });

  it("with TRUST_PROXY, each client behind the proxy is throttled on its own forwarded address", async () => {
    const proxied = await createServer({
      db: database.db,
      config: parseEnv({ HOST: "127.0.0.1", LOG_LEVEL: "silent", AUTH_JWT_SECRET: secret, TRUST_PROXY: "127.0.0.1" }),
    });
    const url = (await proxied.start(0)).url;
    const from = (client: string) =>
      fetch(`${url}/api/v1/search/persons?searchText=ab`, {
        headers: { authorization: "Bearer bad-token", "x-forwarded-for": client },
      }).then((response) => response.status);
    try {
      for (let i = 0; i < 20; i++) expect(await from("203.0.113.1")).toBe(401);
      expect(await from("203.0.113.1")).toBe(429);
      expect(await from("203.0.113.2")).toBe(401);
    } finally {
      await proxied.stop();
    }
  });
});

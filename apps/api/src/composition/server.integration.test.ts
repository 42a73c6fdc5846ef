import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync } from "node:zlib";
import { createDb } from "@housing/db/client";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { SignJWT } from "jose";
import { ZDemoUsersResponse, ZDevSignInResponse } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseEnv } from "./env.ts";
import { ZHealthReport } from "../health/health.schemas.ts";
import { AppError } from "../kernel/app-error.ts";
import { type Server, createServer } from "./server.ts";

const ZTrpcResult = z.object({ result: z.object({ data: z.unknown() }) });
const ZTrpcError = z.object({ error: z.object({ message: z.string(), data: z.record(z.string(), z.unknown()) }) });

const secret = "integration-test-secret-that-is-long-enough";
const silent = pino({ level: "silent" });
const dirs: string[] = [];
let database: TestDatabase;
let server: Server;
let baseUrl: string;

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function configWith(overrides: Record<string, string> = {}) {
  return parseEnv({
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    AUTH_JWT_SECRET: secret,
    DEV_SIGN_IN: "true",
    ...overrides,
  });
}

function signToken(options: { key?: string; expiresInSeconds?: number; groups?: string[] } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    name: "Hannah Holt",
    email: "hannah.holt@example.org",
    groups: options.groups ?? ["housing-officer"],
  })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("staff-1")
    .setIssuedAt(now - 60)
    .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
    .sign(new TextEncoder().encode(options.key ?? secret));
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}${url}`, { headers });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const webDist = await tempDir("housing-web-dist-");
  await mkdir(path.join(webDist, "assets"));
  await writeFile(
    path.join(webDist, "index.html"),
    '<!doctype html><title>Staff app</title><script type="module" src="/assets/app.js"></script>',
  );
  await writeFile(path.join(webDist, "assets", "app.js"), "console.log('staff app');");
  // The build's Brotli copy (apps/web/src/build/precompress.ts).
  await writeFile(path.join(webDist, "assets", "app.js.br"), brotliCompressSync("console.log('staff app');"));
  server = await createServer({
    db: database.db,
    config: configWith({ DATA_DIR: await tempDir("housing-data-") }),
    logger: silent,
    webDistDir: webDist,
  });
  // Routes that exist only in this test, to see how the edge answers domain errors.
  server.app.get("/api/v1/test/conflict", async () => {
    throw new AppError("Conflict", "Someone else saved first", { yourVersion: 1, currentVersion: 2 });
  });
  server.app.get("/api/v1/test/invalid", async (request) =>
    z.object({ firstName: z.string({ error: "Enter a first name" }) }).parse(request.query),
  );
  server.app.get("/api/v1/test/crash", async () => {
    throw new Error("password=hunter2 at db.internal:5432");
  });
  baseUrl = (await server.start(0)).url;
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("health", () => {
  it("the health check is public and answers 200 healthy with the database's latency", async () => {
    const response = await get("/api/v1/healthcheck/ping");
    expect(response.status).toBe(200);
    const body = ZHealthReport.parse(await response.json());
    expect(body).toMatchObject({ status: "healthy", checks: { database: { status: "up" } } });
    expect(body.checks.database.latencyMs).toBeTypeOf("number");
    expect(body.checks.search).toBeUndefined();
  });

  it("the health check answers 503 unhealthy when the database does not answer", async () => {
    const deadDb = createDb("postgresql://nobody@127.0.0.1:1/nothing", { maxConnections: 1 });
    const unhealthy = await createServer({ db: deadDb, config: configWith(), logger: silent });
    try {
      const response = await unhealthy.app.inject({ method: "GET", url: "/api/v1/healthcheck/ping" });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: "unhealthy", checks: { database: { status: "down" } } });
    } finally {
      await unhealthy.stop();
      await deadDb.$disconnect();
    }
  });
});

describe("authentication", () => {
  it("an API route without a token is refused with 401 and a JSON reason", async () => {
    const response = await get("/api/v1/test/conflict");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({ code: "Unauthenticated", message: expect.any(String) });
  });

  it("a tRPC staff procedure without a token is refused with 401", async () => {
    const response = await get("/trpc/auth.me");
    expect(response.status).toBe(401);
    expect(ZTrpcError.parse(await response.json()).error.data).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("auth.me returns the actor for a Bearer token", async () => {
    const response = await get("/trpc/auth.me", { authorization: `Bearer ${await signToken()}` });
    expect(response.status).toBe(200);
    expect(ZTrpcResult.parse(await response.json()).result.data).toEqual({
      id: "staff-1",
      name: "Hannah Holt",
      email: "hannah.holt@example.org",
      roles: ["housing-officer"],
      serviceAreas: ["housing"],
    });
  });

  it("a raw token without the Bearer prefix is accepted", async () => {
    const response = await get("/trpc/auth.me", { authorization: await signToken() });
    expect(response.status).toBe(200);
  });

  it("a token signed with another secret is refused with 401", async () => {
    const token = await signToken({ key: "some-other-secret-that-is-long-enough!!" });
    expect((await get("/trpc/auth.me", { authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await get("/api/v1/test/conflict", { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it("an expired token is refused with 401 saying it has expired", async () => {
    const token = await signToken({ expiresInSeconds: -3600 });
    const response = await get("/api/v1/test/conflict", { authorization: `Bearer ${token}` });
    expect(response.status).toBe(401);
    expect(ZErrorResponse.parse(await response.json()).message).toMatch(/expired/);
  });

  it("a valid token whose groups grant no role is refused with 403", async () => {
    const token = await signToken({ groups: ["canteen-staff"] });
    const response = await get("/trpc/auth.me", { authorization: `Bearer ${token}` });
    expect(response.status).toBe(403);
  });
});

describe("development sign-in", () => {
  it("the sign-in configuration is public", async () => {
    const response = await get("/api/v1/auth/config");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ devSignInEnabled: true });
  });

  it("lists the demo users and issues a token that works on the API", async () => {
    const { users } = ZDemoUsersResponse.parse(await (await get("/api/v1/auth/demo-users")).json());
    const manager = users.find((user) => user.role === "housing-manager");
    expect(manager).toBeDefined();
    const signIn = await fetch(`${baseUrl}/api/v1/auth/dev-sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: manager?.id }),
    });
    expect(signIn.status).toBe(200);
    const { token, expiresAt, user } = ZDevSignInResponse.parse(await signIn.json());
    expect(user).toMatchObject({ id: manager?.id, role: "housing-manager", roleLabel: "Housing manager" });
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const me = await get("/trpc/auth.me", { authorization: `Bearer ${token}` });
    expect(ZTrpcResult.parse(await me.json()).result.data).toMatchObject({
      id: manager?.id,
      roles: ["housing-manager"],
    });
  });

  it("an unknown demo user is refused with 400 naming the userId field", async () => {
    const response = await fetch(`${baseUrl}/api/v1/auth/dev-sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: "nobody" }),
    });
    expect(response.status).toBe(400);
    expect(ZErrorResponse.parse(await response.json()).fieldErrors).toEqual([
      { path: "userId", message: "Choose one of the demo users" },
    ]);
  });

  it("when dev sign-in is off, the demo users and the sign-in answer 404", async () => {
    const off = await createServer({ db: database.db, config: configWith({ DEV_SIGN_IN: "false" }), logger: silent });
    try {
      expect((await off.app.inject({ method: "GET", url: "/api/v1/auth/config" })).json()).toEqual({
        devSignInEnabled: false,
      });
      expect((await off.app.inject({ method: "GET", url: "/api/v1/auth/demo-users" })).statusCode).toBe(404);
      const signIn = await off.app.inject({
        method: "POST",
        url: "/api/v1/auth/dev-sign-in",
        payload: { userId: "demo-admin" },
      });
      expect(signIn.statusCode).toBe(404);
    } finally {
      await off.stop();
    }
  });
});

describe("correlation ids", () => {
  it("a sane x-correlation-id is echoed on the response and in error bodies", async () => {
    const response = await get("/api/v1/test/conflict", { "x-correlation-id": "lettings-run-42" });
    expect(response.headers.get("x-correlation-id")).toBe("lettings-run-42");
    expect(ZErrorResponse.parse(await response.json()).correlationId).toBe("lettings-run-42");
  });

  it("without one, every response gets a generated id", async () => {
    const first = (await get("/api/v1/healthcheck/ping")).headers.get("x-correlation-id");
    const second = (await get("/")).headers.get("x-correlation-id");
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });
});

describe("errors at the edge", () => {
  it("an unknown /api route answers a JSON 404", async () => {
    const response = await get("/api/v1/no-such-thing", { authorization: `Bearer ${await signToken()}` });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ code: "NotFound" });
  });

  it("a domain Conflict answers 409 with its details", async () => {
    const response = await get("/api/v1/test/conflict", { authorization: `Bearer ${await signToken()}` });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      code: "Conflict",
      message: "Someone else saved first",
      details: { yourVersion: 1, currentVersion: 2 },
    });
  });

  it("a schema failure answers 400 listing every failing field", async () => {
    const response = await get("/api/v1/test/invalid", { authorization: `Bearer ${await signToken()}` });
    expect(response.status).toBe(400);
    expect(ZErrorResponse.parse(await response.json()).fieldErrors).toEqual([
      { path: "firstName", message: "Enter a first name" },
    ]);
  });

  it("an unexpected error answers a plain 500 with the correlation id and no details", async () => {
    const response = await get("/api/v1/test/crash", {
      authorization: `Bearer ${await signToken()}`,
      "x-correlation-id": "crash-1",
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ message: "Internal server error", correlationId: "crash-1" });
    expect(text).not.toContain("hunter2");
  });

  it("malformed JSON answers 400, not 500", async () => {
    const response = await fetch(`${baseUrl}/api/v1/auth/dev-sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
  });
});

describe("security headers and the staff app", () => {
  it("responses carry a CSP that allows only the app's own scripts and styles, and other security headers", async () => {
    const response = await get("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeTruthy();
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("API answers, refusals included, carry the same headers and are never stored", async () => {
    const refused = await get("/api/v1/search/persons?searchText=smith");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("x-powered-by")).toBeNull();
  });

  it("the staff app is served, and deep links fall back to its index.html", async () => {
    for (const url of ["/", "/persons/5b0a3c1e-7d4f-4c2a-9e1b-0f6d8a2c4e11"]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain("<title>Staff app</title>");
    }
    const asset = await get("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("sends the build's compressed copy of an asset to a browser that accepts it, and the file itself otherwise", async () => {
    const compressed = await get("/assets/app.js", { "accept-encoding": "gzip, br" });
    expect(compressed.headers.get("content-encoding")).toBe("br");
    expect(compressed.headers.get("content-type")).toContain("javascript");
    expect(compressed.headers.get("vary")).toContain("accept-encoding");
    expect(compressed.headers.get("cache-control")).toContain("immutable");
    expect(await compressed.text()).toBe("console.log('staff app');");

    const plain = await get("/assets/app.js", { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toContain("accept-encoding");
    expect(await plain.text()).toBe("console.log('staff app');");
  });

  it("a missing asset is a 404, not the app's HTML", async () => {
    expect((await get("/assets/missing.js")).status).toBe(404);
  });

  it("without a built staff app, / says to run pnpm build", async () => {
    const unbuilt = await createServer({
      db: database.db,
      config: configWith(),
      logger: silent,
      webDistDir: await tempDir("housing-no-dist-"),
    });
    try {
      const response = await unbuilt.app.inject({ method: "GET", url: "/" });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain("pnpm build");
    } finally {
      await unbuilt.stop();
    }
  });
});

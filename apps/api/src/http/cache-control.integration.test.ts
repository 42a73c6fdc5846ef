import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../composition/env.ts";
import { type Server, createServer } from "../composition/server.ts";
import { personInput } from "../testing/factories.ts";
import { silentLogger } from "../testing/test-kit.ts";
import { SignJWT } from "jose";

const secret = "cache-control-tests-sign-with-this-long-secret";
let database: TestDatabase;
let server: Server;
let baseUrl: string;
let token: string;
let webDist: string;

beforeAll(async () => {
  database = await createTestDatabase();
  webDist = await mkdtemp(path.join(tmpdir(), "housing-web-dist-"));
  await mkdir(path.join(webDist, "assets"));
  await writeFile(path.join(webDist, "index.html"), "<!doctype html><title>Staff app</title>");
  await writeFile(path.join(webDist, "assets", "app-1a2b3c.js"), "console.log('staff app');");
  server = await createServer({
    db: database.db,
    config: parseEnv({ HOST: "127.0.0.1", LOG_LEVEL: "silent", AUTH_JWT_SECRET: secret, DEV_SIGN_IN: "false" }),
    logger: silentLogger,
    webDistDir: webDist,
  });
  baseUrl = (await server.start(0)).url;
  token = await new SignJWT({ name: "Hannah Holt", email: "hannah@example.org", groups: ["admin"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("staff-1")
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  await rm(webDist, { recursive: true, force: true });
});

async function cacheControlOf(url: string, init: RequestInit = {}, withToken = true): Promise<string | null> {
  const response = await fetch(`${baseUrl}${url}`, {
    ...init,
    headers: { ...(withToken ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
  });
  await response.arrayBuffer();
  return response.headers.get("cache-control");
}

describe("Cache-Control", () => {
  it("is no-store on every answer that may carry personal data: REST, tRPC, CSV, extracts and their errors", async () => {
    const created = await fetch(`${baseUrl}/api/v1/persons`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(personInput()),
    });
    const { id } = (await created.json()) as { id: string };
    expect(created.headers.get("cache-control")).toBe("no-store");
    const answers = {
      person: await cacheControlOf(`/api/v1/persons/${id}`),
      lookup: await cacheControlOf("/api/v1/persons?lastName=Okafor"),
      search: await cacheControlOf("/api/v1/search/persons?searchText=Okafor"),
      csv: await cacheControlOf("/api/v1/search/persons/export?searchText=Okafor"),
      extract: await cacheControlOf("/api/v1/extracts/persons"),
      trpc: await cacheControlOf(`/trpc/person.get?input=${encodeURIComponent(JSON.stringify({ id }))}`),
      invalid: await cacheControlOf("/api/v1/persons/not-an-id"),
      unknown: await cacheControlOf("/api/v1/no-such-thing"),
      anonymous: await cacheControlOf(`/api/v1/persons/${id}`, {}, false),
    };
    expect(answers).toEqual(Object.fromEntries(Object.keys(answers).map((name) => [name, "no-store"])));
  });

  it("leaves the staff app's fingerprinted files cacheable", async () => {
    expect(await cacheControlOf("/assets/app-1a2b3c.js", {}, false)).toBe("public, max-age=31536000, immutable");
    expect(await cacheControlOf("/persons", {}, false)).toBe("no-cache");
  });
});

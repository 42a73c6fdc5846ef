import { type Server, createServer } from "node:http";
import { type Page, expect, test } from "@playwright/test";
import { randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { loadSession } from "../support/sessions.ts";

// Another council team's web app, served from its own origin. The API allows http://localhost:<port>
// (CORS_ORIGINS in playwright.config.ts); the same page at http://127.0.0.1:<port> is an origin it
// does not list.
const partnerPort = Number(process.env.E2E_PARTNER_PORT);
const allowedOrigin = `http://localhost:${partnerPort}`;
const unlistedOrigin = `http://127.0.0.1:${partnerPort}`;

// One partner server on one port: the tests of this file run in one worker, one after another.
test.describe.configure({ mode: "serial" });

let partnerApp: Server;

test.beforeAll(async () => {
  partnerApp = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>Lettings</title><h1>Lettings (another council system)</h1>");
  });
  await new Promise<void>((resolve) => partnerApp.listen(partnerPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => partnerApp.close(resolve));
});

type CallResult = { status: number; etag: string | null; location: string | null; correlationId: string | null };

/** A fetch made by the partner page's own script, so the browser applies its CORS rules. */
async function callFromPage(
  page: Page,
  url: string,
  init: { method: string; token: string; body?: unknown; ifMatch?: string },
): Promise<CallResult | "blocked"> {
  return page.evaluate(
    async ({ url, init }) => {
      const headers: Record<string, string> = {
        authorization: `Bearer ${init.token}`,
        "x-correlation-id": crypto.randomUUID(),
      };
      if (init.body !== undefined) headers["content-type"] = "application/json";
      if (init.ifMatch) headers["if-match"] = init.ifMatch;
      try {
        const response = await fetch(url, {
          method: init.method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
        return {
          status: response.status,
          etag: response.headers.get("etag"),
          location: response.headers.get("location"),
          correlationId: response.headers.get("x-correlation-id"),
        };
      } catch {
        return "blocked" as const;
      }
    },
    { url, init },
  );
}

test("a browser app on an allowed origin creates and changes a person through the REST API and calls tRPC", async ({
  page,
  baseURL,
}) => {
  const { token } = await loadSession("housing-officer");
  await page.goto(`${allowedOrigin}/`);
  await expect(page.getByRole("heading", { name: /Lettings/ })).toBeVisible();

  const created = await callFromPage(page, `${baseURL}/api/v1/persons`, {
    method: "POST",
    token,
    body: {
      title: "Ms",
      firstName: "Corin",
      surname: uniqueSurname("Origin"),
      dateOfBirth: randomDateOfBirth().iso,
      personTypes: ["Tenant"],
      reason: "Added by another council system in an end-to-end test",
    },
  });
  if (created === "blocked") throw new Error("The browser blocked an allowed origin's request");
  expect(created.status).toBe(201);
  expect(created.etag).toMatch(/^"?\w/);
  expect(created.location).toMatch(/\/api\/v1\/persons\/[0-9a-f-]{36}$/);
  expect(created.correlationId).toBeTruthy();

  // If-Match is not a CORS-safelisted header: this PATCH goes through a preflight first.
  const changed = await callFromPage(page, `${baseURL}${created.location}`, {
    method: "PATCH",
    token,
    body: { preferredFirstName: "Cori" },
    ifMatch: created.etag ?? "",
  });
  expect(changed).toMatchObject({ status: 204 });
  // The new version, readable only because the API exposes ETag.
  expect(changed === "blocked" ? null : changed.etag).toMatch(/\w/);
  expect(changed === "blocked" ? null : changed.etag).not.toBe(created.etag);

  const me = await callFromPage(page, `${baseURL}/trpc/auth.me`, { method: "GET", token });
  expect(me).toMatchObject({ status: 200 });
});

test("the same app on an origin the API does not list is refused by the browser", async ({ page, baseURL }) => {
  const { token } = await loadSession("housing-officer");
  await page.goto(`${unlistedOrigin}/`);

  const read = await callFromPage(page, `${baseURL}/trpc/auth.me`, { method: "GET", token });
  expect(read).toBe("blocked");
  const write = await callFromPage(page, `${baseURL}/api/v1/persons`, { method: "POST", token, body: {} });
  expect(write).toBe("blocked");
});

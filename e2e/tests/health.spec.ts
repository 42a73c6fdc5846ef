import { expect, test } from "@playwright/test";

test("the health endpoint answers healthy with the database up, without signing in", async ({ request }) => {
  const response = await request.get("/api/v1/healthcheck/ping");

  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const report: unknown = await response.json();
  expect(report).toMatchObject({ status: "healthy", checks: { database: { status: "up" } } });
});

test("the REST API refuses a request without a token with 401", async ({ request }) => {
  const response = await request.get("/api/v1/persons?firstName=Ann");

  expect(response.status()).toBe(401);
  expect(response.headers()["www-authenticate"]).toContain("Bearer");
});

import { describe, expect, it } from "vitest";
import { checkHealth } from "./check-health.ts";

const up = async () => undefined;
const down = async () => {
  throw new Error("connection refused");
};

describe("health report", () => {
  it("is healthy when the database answers, and reports no search when none is configured", async () => {
    const report = await checkHealth({ database: up });
    expect(report).toMatchObject({ status: "healthy", checks: { database: { status: "up" } } });
    expect(report.checks.search).toBeUndefined();
  });

  it("is unhealthy when the database does not answer, saying why", async () => {
    const report = await checkHealth({ database: down, search: up });
    expect(report).toMatchObject({
      status: "unhealthy",
      checks: { database: { status: "down", message: "connection refused" }, search: { status: "up" } },
    });
  });

  it("is degraded when only the search engine is down", async () => {
    const report = await checkHealth({ database: up, search: down });
    expect(report.status).toBe("degraded");
    expect(report.checks.search?.status).toBe("down");
  });
});

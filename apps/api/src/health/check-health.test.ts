import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { checkHealth, elasticsearchProbe } from "./check-health.ts";

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

describe("Elasticsearch probe", () => {
  it("sends the credentials of a URL like https://user:pass@host as basic auth, and fails on a refusal", async () => {
    const seen: (string | undefined)[] = [];
    const cluster = createServer((request, response) => {
      seen.push(request.headers.authorization);
      response.statusCode = request.headers.authorization === `Basic ${btoa("elastic:s3cr:t")}` ? 200 : 401;
      response.end("{}");
    });
    await new Promise<void>((resolve) => cluster.listen(0, "127.0.0.1", resolve));
    const { port } = cluster.address() as AddressInfo;
    try {
      await expect(elasticsearchProbe(`http://elastic:s3cr%3At@127.0.0.1:${port}`)()).resolves.toBeUndefined();
      await expect(elasticsearchProbe(`http://elastic:wrong@127.0.0.1:${port}`)()).rejects.toThrow(
        "Elasticsearch answered 401",
      );
      await expect(elasticsearchProbe(`http://127.0.0.1:${port}`)()).rejects.toThrow("Elasticsearch answered 401");
      expect(seen).toEqual([`Basic ${btoa("elastic:s3cr:t")}`, `Basic ${btoa("elastic:wrong")}`, undefined]);
    } finally {
      cluster.close();
    }
  });
});

import type { FastifyInstance } from "fastify";
import { type Probe, checkHealth } from "../health/check-health.ts";
import { ZHealthReport } from "../health/health.schemas.ts";
import { validatedOutput } from "./rest-route.ts";

export function registerHealthRoute(
  app: FastifyInstance,
  probes: { database: Probe; search?: Probe | undefined },
): void {
  app.get("/api/v1/healthcheck/ping", { config: { public: true } }, async (_request, reply) => {
    const report = await validatedOutput(ZHealthReport, await checkHealth(probes));
    return reply
      .code(report.status === "unhealthy" ? 503 : 200)
      .header("cache-control", "no-store")
      .send(report);
  });
}

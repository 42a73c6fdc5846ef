import type { Db } from "@housing/db/client";
import type { TDependencyCheck, THealthReport } from "./health.schemas.ts";

export type Probe = () => Promise<unknown>;

const probeTimeoutMs = 3000;

async function runProbe(probe: Probe): Promise<TDependencyCheck> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`No answer within ${probeTimeoutMs} ms`)), probeTimeoutMs);
      }),
    ]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : "Unknown failure";
    return { status: "down", latencyMs: Math.round(performance.now() - started), message };
  } finally {
    clearTimeout(timer);
  }
}

export function databaseProbe(db: Db): Probe {
  return () => db.$queryRaw`SELECT 1`;
}

/** Pings an Elasticsearch cluster's root endpoint. */
export function elasticsearchProbe(url: string): Probe {
  return async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(probeTimeoutMs) });
    if (!response.ok) throw new Error(`Elasticsearch answered ${response.status}`);
  };
}

/** Without the database nothing works (unhealthy); without search only search does (degraded). */
export async function checkHealth(probes: { database: Probe; search?: Probe | undefined }): Promise<THealthReport> {
  const [database, search] = await Promise.all([
    runProbe(probes.database),
    probes.search ? runProbe(probes.search) : Promise.resolve(undefined),
  ]);
  const status = database.status === "down" ? "unhealthy" : search?.status === "down" ? "degraded" : "healthy";
  return { status, checks: { database, ...(search ? { search } : {}) } };
}

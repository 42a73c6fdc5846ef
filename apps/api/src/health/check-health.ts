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

/**
 * Pings an Elasticsearch cluster's root endpoint. Credentials in the URL (https://user:pass@host)
 * go in an Authorization header: fetch refuses a URL that carries them.
 */
export function elasticsearchProbe(url: string): Probe {
  const target = new URL(url);
  const headers: Record<string, string> = {};
  if (target.username || target.password) {
    const credentials = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString("base64")}`;
    target.username = "";
    target.password = "";
  }
  return async () => {
    const response = await fetch(target, { headers, signal: AbortSignal.timeout(probeTimeoutMs) });
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

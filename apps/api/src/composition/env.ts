import path from "node:path";
import { fileURLToPath } from "node:url";
import { ZRole } from "@housing/schemas/auth";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const ZFlag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "Use true or false" }))
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const ZGroupRoles = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'Use a JSON object such as {"my-ad-group":"housing-officer"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().min(1), ZRole, { error: "Map each group name to a known role" }));

const ZOptionalUrl = z.url().optional();

const proxyAddressMessage = "Use true, false, a number of proxy hops, or proxy addresses such as 10.0.0.0/8,192.0.2.7";
const ZProxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: proxyAddressMessage });

/** Which proxies' X-Forwarded-For to believe: every one, the nearest N hops, or these addresses. */
const ZTrustProxy = z
  .string()
  .trim()
  .transform((text, ctx): boolean | number | string[] => {
    const flag = ZFlag.safeParse(text);
    if (flag.success) return flag.data;
    if (/^\d{1,2}$/.test(text)) return Number(text);
    const addresses = text.split(",").map((address) => address.trim());
    if (addresses.every((address) => ZProxyAddress.safeParse(address).success)) return addresses;
    ctx.addIssue({ code: "custom", message: proxyAddressMessage });
    return z.NEVER;
  });

const corsOriginsMessage =
  "List origins separated by commas, each a scheme, host and optional port only, e.g. https://lettings.example.gov.uk,http://localhost:5173";

/** Browser apps on other origins that may call the API (CORS); never a wildcard: answers hold personal data. */
const ZCorsOrigins = z.string().transform((text, ctx) => {
  const origins: string[] = [];
  for (const entry of text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    // An origin is exactly scheme://host[:port]: a path, query, credentials or "*" would never match one.
    if (!url || !["http:", "https:"].includes(url.protocol) || entry.replace(/\/$/, "") !== url.origin) {
      ctx.addIssue({ code: "custom", message: `${corsOriginsMessage} ("${entry}" is not an origin)` });
      return z.NEVER;
    }
    origins.push(url.origin);
  }
  return origins;
});

// A council's list of roles for a configurable permission, e.g. "housing-manager,admin".
const ZRoleList = z
  .string()
  .transform((text) =>
    text
      .split(",")
      .map((role) => role.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ZRole, { error: "List roles separated by commas, e.g. housing-manager,admin" }).min(1))
  .optional();

const ZEnvSource = z.object({
  PORT: z.coerce
    .number({ error: "Use a port number from 0 to 65535" })
    .int("Use a port number from 0 to 65535")
    .min(0, "Use a port number from 0 to 65535")
    .max(65535, "Use a port number from 0 to 65535")
    .default(3000),
  HOST: z.string().min(1).optional(),
  TRUST_PROXY: ZTrustProxy.default(false),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "Use a PostgreSQL URL such as postgresql://user:password@host:5432/housing")
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
  ELASTICSEARCH_URL: ZOptionalUrl,
  ELASTICSEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,40}$/, "Use lower-case letters, digits, - or _ (at most 41), e.g. housing-test-")
    .optional(),
  AUTH_JWT_SECRET: z.string().min(32, "Use a secret of at least 32 characters").optional(),
  AUTH_JWKS_URL: ZOptionalUrl,
  DEV_SIGN_IN: ZFlag.optional(),
  AUTH_GROUPS: ZGroupRoles.optional(),
  SEED_DEMO_DATA: ZFlag.optional(),
  EQUALITY_DATA_ROLES: ZRoleList,
  CAUTIONARY_ALERT_ROLES: ZRoleList,
  CORS_ORIGINS: ZCorsOrigins.default([]),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DEMO_AS_OF: z.iso.date({ error: "Use a date such as 2027-03-15" }).optional(),
});

const ZEnv = ZEnvSource.transform((source) => {
  // The development sign-in and the demo data belong to the embedded database; with a real
  // server they are off unless someone switches them on explicitly.
  const devSignIn = source.DEV_SIGN_IN ?? source.DATABASE_URL === undefined;
  // Whoever reaches the port may sign in as any demo user, the administrator included: with the
  // development sign-in on, only this machine may, unless HOST says otherwise.
  const hostLimitedByDevSignIn = devSignIn && source.HOST === undefined;
  return {
    ...source,
    DATA_DIR: path.resolve(repoRoot, source.DATA_DIR),
    DEV_SIGN_IN: devSignIn,
    HOST: source.HOST ?? (hostLimitedByDevSignIn ? "127.0.0.1" : "0.0.0.0"),
    /** True when HOST was left out and the development sign-in kept the server to this machine. */
    hostLimitedByDevSignIn,
    SEED_DEMO_DATA: source.SEED_DEMO_DATA ?? source.DATABASE_URL === undefined,
  };
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses the environment; blank values count as unset. Throws an EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(
      ([name, value]) => name in ZEnvSource.shape && value !== undefined && value.trim() !== "",
    ),
  );
  const result = ZEnv.safeParse(present);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`),
    );
  }
  return result.data;
}

/** For the composition root: parse `process.env` once, or explain what is wrong and exit 1. */
export function readEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

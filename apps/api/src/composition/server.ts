import { fileURLToPath } from "node:url";
import type { Db } from "@housing/db/client";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { pino } from "pino";
import { type AppRouter, appRouter } from "./app-router.ts";
import { defaultAccessPolicy } from "../auth/access-policy.ts";
import { createAuthFailureThrottle } from "../auth/auth-failure-throttle.ts";
import { registerSignInRoutes } from "../http/sign-in-routes.ts";
import { type AuthConfig, createAuth } from "../auth/auth.ts";
import { registerRequestAuth } from "../http/request-auth.ts";
import { type Clock, systemClock } from "../kernel/clock.ts";
import { createContext } from "../http/request-context.ts";
import type { Env } from "./env.ts";
import { databaseProbe, elasticsearchProbe } from "../health/check-health.ts";
import { registerHealthRoute } from "../http/health-route.ts";
import { correlationIdFrom, correlationIdHeader } from "../http/correlation-id.ts";
import { registerCors } from "../http/cors.ts";
import { registerErrorHandler } from "../http/error-handler.ts";
import { withLogSerializers } from "../http/log-serializers.ts";
import { registerRestApi } from "./rest-api.ts";
import { registerSecurityHeaders } from "../http/security-headers.ts";
import { registerStaffApp } from "../http/staff-app.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";

export type ServerConfig = AuthConfig &
  Pick<
    Env,
    | "HOST"
    | "PORT"
    | "LOG_LEVEL"
    | "ELASTICSEARCH_URL"
    | "EQUALITY_DATA_ROLES"
    | "CAUTIONARY_ALERT_ROLES"
    | "TRUST_PROXY"
    | "CORS_ORIGINS"
  >;

/** Fastify's form of TRUST_PROXY: a number of hops becomes "trust the nearest N", as proxy-addr reads it. */
function trustedProxies(setting: Env["TRUST_PROXY"]): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === "number" ? (_address, hop) => hop < setting : setting;
}

export type CreateServerOptions = {
  db: Db;
  config: ServerConfig;
  logger?: FastifyBaseLogger;
  clock?: Clock;
  /** The search engine; PostgreSQL search on the same database unless given. */
  search?: SearchEngine;
  /** The built staff app; defaults to apps/web/dist. */
  webDistDir?: string;
};

export type Server = {
  app: FastifyInstance;
  /** Listens on the port (0 picks a free one; default PORT) and reports where. */
  start(port?: number): Promise<{ url: string; port: number }>;
  /** Stops taking requests and waits for those in flight. The caller closes the database afterwards. */
  stop(): Promise<void>;
};

const defaultWebDistDir = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export async function createServer(options: CreateServerOptions): Promise<Server> {
  const { db, config } = options;
  const clock = options.clock ?? systemClock;
  const logger = withLogSerializers(options.logger ?? pino({ level: config.LOG_LEVEL }));
  const authThrottle = createAuthFailureThrottle({ logger });
  const app = Fastify({
    loggerInstance: logger,
    genReqId: (req) => correlationIdFrom(req.headers[correlationIdHeader]),
    // Behind a load balancer every client would share its address (one flood would throttle all).
    trustProxy: trustedProxies(config.TRUST_PROXY),
    logController: new LogController({
      requestIdLogLabel: "correlationId",
      // A throttled address's flood is logged in summary by the throttle, not line by line.
      disableRequestLogging: (request) => authThrottle.retryAfterSeconds(request.ip) > 0,
    }),
    // tRPC batches put several procedure names in one path segment; "/api/v1/persons/?lastName=…"
    // is how some existing clients call the lookup.
    routerOptions: { maxParamLength: 5000, ignoreTrailingSlash: true },
  });

  app.decorate("contextDependencies", {
    db,
    clock,
    search: options.search ?? new PostgresSearchEngine(db),
    access: {
      equalityDataRoles: config.EQUALITY_DATA_ROLES ?? defaultAccessPolicy.equalityDataRoles,
      cautionaryAlertRoles: config.CAUTIONARY_ALERT_ROLES ?? defaultAccessPolicy.cautionaryAlertRoles,
    },
  });
  app.addHook("onRequest", async (request, reply) => {
    reply.header(correlationIdHeader, request.id);
  });
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  // Before the token check: a browser's preflight carries no token.
  await registerCors(app, config.CORS_ORIGINS);

  const auth = await createAuth(config, clock);
  if (!auth.acceptsTokens) {
    app.log.warn(
      "Neither AUTH_JWT_SECRET, AUTH_JWKS_URL nor the development sign-in is set: every token will be refused",
    );
  }
  registerRequestAuth(app, auth, authThrottle);
  registerHealthRoute(app, {
    database: databaseProbe(db),
    search: config.ELASTICSEARCH_URL ? elasticsearchProbe(config.ELASTICSEARCH_URL) : undefined,
  });
  registerSignInRoutes(app, auth, clock);
  registerRestApi(app);

  await app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext,
      onError({ error, ctx, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          (ctx?.logger ?? app.log).error({ err: error.cause ?? error, path }, "Unexpected error");
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  await registerStaffApp(app, options.webDistDir ?? defaultWebDistDir);

  return {
    app,
    async start(port = config.PORT) {
      await app.listen({ port, host: config.HOST });
      const address = app.server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      return { url: `http://localhost:${actualPort}`, port: actualPort };
    },
    async stop() {
      await app.close();
    },
  };
}

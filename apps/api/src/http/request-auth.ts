import type { FastifyInstance } from "fastify";
import { AppError } from "../kernel/app-error.ts";
import { apiKind } from "./api-paths.ts";
import type { AuthFailureThrottle } from "../auth/auth-failure-throttle.ts";
import type { Auth } from "../auth/auth.ts";
import { extractToken } from "../auth/token-verifier.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Reachable without a token (health, sign-in). Every other /api route needs one. */
    public?: boolean;
  }
}

/**
 * Verifies the token on API requests. REST routes refuse anonymous callers with 401 unless
 * marked public; tRPC leaves the decision to each procedure. An address with too many failed
 * authentications is refused with 429 before its token is even looked at.
 */
export function registerRequestAuth(app: FastifyInstance, auth: Auth, throttle: AuthFailureThrottle): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request, reply) => {
    const kind = apiKind(request.url);
    if (!kind) return;
    const token = extractToken(request.headers.authorization);
    const needsActor = kind === "rest" && request.routeOptions.config.public !== true;
    if (!token && !needsActor) return;
    const retryAfter = throttle.retryAfterSeconds(request.ip);
    if (retryAfter > 0) {
      throttle.recordRefusal(request.ip);
      reply.header("retry-after", String(retryAfter));
      throw new AppError(
        "TooManyRequests",
        `Too many failed sign-ins from your address: try again in ${retryAfter} seconds`,
      );
    }
    let failure: AppError | undefined;
    if (token) {
      try {
        request.actor = await auth.verifyToken(token);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failure = error;
        // Debug only: the throttle logs a flood of these in summary.
        request.log.debug({ reason: error.message }, "Token refused");
      }
    }
    const refused = needsActor && !request.actor;
    if (failure || refused) throttle.recordFailure(request.ip);
    if (refused) {
      reply.header("www-authenticate", 'Bearer realm="housing-platform"');
      throw failure ?? new AppError("Unauthenticated", "Sign in to continue: send a token in the Authorization header");
    }
  });
}

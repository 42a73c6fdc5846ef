import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { apiKind } from "../http/api-paths.ts";
import type { Auth } from "./auth.ts";
import { extractToken } from "./token-verifier.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Reachable without a token (health, sign-in). Every other /api route needs one. */
    public?: boolean;
  }
}

/**
 * Verifies the token on API requests. REST routes refuse anonymous callers with 401 unless
 * marked public; tRPC leaves the decision to each procedure.
 */
export function registerRequestAuth(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request, reply) => {
    const kind = apiKind(request.url);
    if (!kind) return;
    const token = extractToken(request.headers.authorization);
    let failure: AppError | undefined;
    if (token) {
      try {
        request.actor = await auth.verifyToken(token);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failure = error;
        request.log.info({ reason: error.message }, "Token refused");
      }
    }
    if (kind === "rest" && !request.actor && request.routeOptions.config.public !== true) {
      reply.header("www-authenticate", 'Bearer realm="housing-platform"');
      throw failure ?? new AppError("Unauthenticated", "Sign in to continue: send a token in the Authorization header");
    }
  });
}

import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import { apiKind } from "./api-paths.ts";

/**
 * Security headers; the CSP admits the built staff app (own scripts and styles) and nothing inline.
 * API answers (REST, tRPC, CSV, errors too) carry personal data: no browser or proxy may keep them.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", async (request, reply) => {
    if (apiKind(request.url)) reply.header("cache-control", "no-store");
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
  });
}

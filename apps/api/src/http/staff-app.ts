import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { apiKind } from "./api-paths.ts";
import { sendApiNotFound } from "./error-handler.ts";

const notBuiltMessage =
  "The Housing Platform staff app has not been built yet. Run `pnpm build` (or `pnpm start`, which builds it) and reload.";

function looksLikeFile(url: string): boolean {
  const lastSegment = (url.split("?", 1)[0] ?? "").split("/").pop() ?? "";
  return lastSegment.includes(".");
}

/**
 * Serves the built staff app with a single-page-app fallback: any GET that is not an API path
 * or a file answers index.html, so deep links work. API paths get a JSON 404.
 */
export async function registerStaffApp(app: FastifyInstance, distDir: string): Promise<void> {
  const built = existsSync(path.join(distDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: "/",
      // The build writes Brotli and gzip copies (apps/web/src/build/precompress.ts): the app's
      // scripts and styles travel as about a quarter of their size, without compressing per request.
      preCompressed: true,
      setHeaders(reply, filePath) {
        // Vite fingerprints everything under assets/; index.html must be revalidated to pick up new builds.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    if (apiKind(request.url)) return sendApiNotFound(request, reply);
    const isPage = (request.method === "GET" || request.method === "HEAD") && !looksLikeFile(request.url);
    if (!isPage) return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    if (!built) return reply.type("text/plain; charset=utf-8").send(notBuiltMessage);
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}

import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import { correlationIdHeader } from "./correlation-id.ts";

/** What another origin's script may send: the token, a version to match, its own correlation id. */
const allowedRequestHeaders = ["authorization", "content-type", "if-match", correlationIdHeader, "trpc-accept"];

/** What it may read back: versions, new records' addresses, the correlation id, paging and throttling. */
const exposedResponseHeaders = [
  "etag",
  "location",
  correlationIdHeader,
  "link",
  "retry-after",
  "content-disposition",
  "x-extract-as-of",
];

/**
 * Lets browser apps on the listed origins (CORS_ORIGINS) call the API. A preflight is answered before
 * the token is looked at, as browsers send none with it; an origin not on the list gets no CORS
 * headers, so its browser keeps the answer from it. Tokens travel in the Authorization header, never
 * cookies, so credentials stay off.
 */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: [...origins],
    methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    allowedHeaders: allowedRequestHeaders,
    exposedHeaders: exposedResponseHeaders,
    credentials: false,
    maxAge: 600,
    // A preflight from a refused origin, or for a path with no route, still gets its plain 204.
    strictPreflight: false,
  });
}

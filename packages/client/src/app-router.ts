// In the workspace the client is typed by the server's own router. `pnpm build` replaces this file
// by a declaration of the same router in plain types (scripts/emit-router-types.ts), so the
// published package carries no server, Prisma or Fastify types.
export type { AppRouter } from "@housing/api/app-router";

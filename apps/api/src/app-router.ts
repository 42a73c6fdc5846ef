import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { authRouter } from "./auth/auth.router.ts";
import { healthRouter } from "./health/health.router.ts";
import { personRouter } from "./person/person.router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  health: healthRouter,
  person: personRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

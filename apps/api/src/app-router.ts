import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { assetRouter } from "./asset/asset.router.ts";
import { authRouter } from "./auth/auth.router.ts";
import { contactDetailsRouter } from "./contact-details/contact-details.router.ts";
import { financeRouter } from "./finance/finance.router.ts";
import { healthRouter } from "./health/health.router.ts";
import { personRouter } from "./person/person.router.ts";
import { searchRouter } from "./search/search.router.ts";
import { tenureRouter } from "./tenure/tenure.router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  health: healthRouter,
  person: personRouter,
  contactDetails: contactDetailsRouter,
  search: searchRouter,
  asset: assetRouter,
  tenure: tenureRouter,
  finance: financeRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

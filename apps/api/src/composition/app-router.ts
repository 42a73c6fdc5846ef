import { ZActor } from "@housing/schemas/auth";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { assetOperations } from "../asset/asset.operations.ts";
import { cautionaryAlertOperations } from "../cautionary-alert/cautionary-alert.operations.ts";
import { contactDetailsOperations } from "../contact-details/contact-details.operations.ts";
import { financeOperations } from "../finance/finance.operations.ts";
import { propertyAccountSearchOperations } from "../finance/property-account-search.operations.ts";
import { checkHealth, databaseProbe } from "../health/check-health.ts";
import { ZHealthReport } from "../health/health.schemas.ts";
import { proceduresOf, publicProcedure, router, staffProcedure } from "../http/trpc.ts";
import { equalityOperations, serviceAreaDataOperations } from "../person/person-sensitive.operations.ts";
import { personOperations } from "../person/person.operations.ts";
import { searchOperations } from "../search/search.operations.ts";
import { tenureOperations } from "../tenure/tenure.operations.ts";

/** The tRPC API: every domain's operation table, through the tRPC adapter. */
export const appRouter = router({
  auth: router({
    /** Who the token says the caller is, with the roles and service areas it grants. */
    me: staffProcedure.output(ZActor).query(({ ctx }) => ctx.actor),
  }),
  health: router({
    ping: publicProcedure.output(ZHealthReport).query(({ ctx }) => checkHealth({ database: databaseProbe(ctx.db) })),
  }),
  person: router({
    ...proceduresOf(personOperations),
    equality: router(proceduresOf(equalityOperations)),
    serviceAreaData: router(proceduresOf(serviceAreaDataOperations)),
  }),
  contactDetails: router(proceduresOf(contactDetailsOperations)),
  search: router({ ...proceduresOf(searchOperations), ...proceduresOf(propertyAccountSearchOperations) }),
  asset: router(proceduresOf(assetOperations)),
  tenure: router(proceduresOf(tenureOperations)),
  cautionaryAlert: router(proceduresOf(cautionaryAlertOperations)),
  finance: router(proceduresOf(financeOperations)),
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

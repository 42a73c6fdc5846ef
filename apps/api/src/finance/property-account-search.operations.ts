import { staffRoles } from "@housing/schemas/auth";
import { ZPropertyAccountSearchInput, ZPropertyAccountSearchResult } from "@housing/schemas/search";
import { badSearchQuery, defineSearchOperation } from "../search/search-context.ts";
import { searchPropertyAccounts } from "./property-totals.ts";

/** Finance's own search, offered beside the other searches (search.propertyAccounts, /api/v1/search/…). */
export const propertyAccountSearchOperations = {
  propertyAccounts: defineSearchOperation({
    roles: staffRoles,
    input: ZPropertyAccountSearchInput,
    output: ZPropertyAccountSearchResult,
    trpc: "query",
    handler: (ctx, input) => searchPropertyAccounts(ctx, input),
    rest: {
      method: "GET",
      path: "/api/v1/search/property-accounts",
      operationId: "searchPropertyAccounts",
      summary:
        "Properties by address or estate, each with its blocks and homes, balances and weekly charge totals rolled up",
      query: ZPropertyAccountSearchInput,
      input: ({ query }) => query,
      description: "A page of properties with their hierarchy and totals",
      errors: badSearchQuery,
    },
  }),
};

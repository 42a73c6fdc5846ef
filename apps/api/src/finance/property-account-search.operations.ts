import { staffRoles } from "@housing/schemas/auth";
import { ZPropertyAccountSearchInput, ZPropertyAccountSearchResult } from "@housing/schemas/search";
import { queryFrom } from "../common/operation-shapes.ts";
import { type SearchRequestContext, badSearchQuery } from "../search/search-context.ts";
import { searchPropertyAccounts } from "./property-totals.ts";

/** Finance's own search, offered beside the other searches (search.propertyAccounts, /api/v1/search/…). */
export const propertyAccountSearchOperations = {
  propertyAccounts: queryFrom<
    typeof ZPropertyAccountSearchInput,
    typeof ZPropertyAccountSearchResult,
    SearchRequestContext
  >(staffRoles, ZPropertyAccountSearchInput, ZPropertyAccountSearchResult, searchPropertyAccounts, {
    path: "/api/v1/search/property-accounts",
    operationId: "searchPropertyAccounts",
    summary:
      "Properties by address or estate, each with its blocks and homes, balances and weekly charge totals rolled up",
    description: "A page of properties with their hierarchy and totals",
    errors: badSearchQuery,
  }),
};

import { todayIsoDate } from "@housing/schemas/dates";
import { staffPersonTypes } from "@housing/schemas/person";
import type {
  TAccountSearchDocument,
  TAccountSearchInput,
  TAssetSearchDocument,
  TAssetSearchInput,
  TPersonSearchDocument,
  TPersonSearchInput,
  TTenureSearchDocument,
  TTenureSearchInput,
} from "@housing/schemas/search";
import type { DomainContext } from "../common/domain-context.ts";
import type { SearchContext } from "./search-context.ts";
import { visibleActiveContactDetailIds } from "../contact-details/contact-details-reads.ts";
import { accountLookUpWeights } from "./projection/account-projection.ts";
import { invalidField } from "../kernel/app-error.ts";
import {
  type CursorQuery,
  type SearchFilters,
  type SearchIndexName,
  type SearchQuery,
  type SearchVisibility,
  UnsupportedSearchQuery,
} from "./search-engine.port.ts";
import { queryTerms } from "./search-text.ts";

/**
 * The contact details a search may match on behalf of these service areas on `today`: worked out
 * here, by the contact-details rule, so that no engine needs to know it.
 */
export function searchVisibility(
  db: DomainContext["db"],
  serviceAreas: readonly string[],
  today: string,
): SearchVisibility {
  return { visibleContactDetails: (ids) => visibleActiveContactDetailIds(db, ids, serviceAreas, today) };
}

const visibilityFor = (ctx: SearchContext) =>
  searchVisibility(ctx.db, ctx.actor.serviceAreas, todayIsoDate(ctx.clock.now()));

/** Runs a query and logs what the engine ran, with timing, for support analysts. */
async function run(
  ctx: SearchContext,
  index: SearchIndexName,
  input: Pick<SearchQuery, "isDesc" | "page" | "pageSize"> & { searchText: string },
  how: Pick<SearchQuery, "filters" | "sort" | "termWeights">,
) {
  const { isDesc, page: pageNumber, pageSize } = input;
  const query: SearchQuery = { index, terms: queryTerms(input.searchText), ...how, isDesc, page: pageNumber, pageSize };
  const page = await ctx.search.search(query, visibilityFor(ctx)).catch((error: unknown) => {
    // The caller asked for more than the engine can do (e.g. a page past Elasticsearch's window): a 400.
    throw error instanceof UnsupportedSearchQuery ? invalidField(error.field, error.message) : error;
  });
  ctx.logger.info(
    { engine: ctx.search.name, index, engineQuery: page.engineQuery, tookMs: page.tookMs, total: page.total },
    "Search query",
  );
  return page;
}

function personFilters(personType: TPersonSearchInput["personType"]): SearchFilters {
  // Housing officers are not residents: left out unless someone asks for them by type.
  return personType?.length ? { types: personType } : { excludeWhenOnly: staffPersonTypes };
}

export const filtersFor = {
  persons: (input: Pick<TPersonSearchInput, "personType">) => personFilters(input.personType),
  assets: (input: Pick<TAssetSearchInput, "assetTypes">): SearchFilters =>
    input.assetTypes?.length ? { types: input.assetTypes } : {},
  tenures: (input: Pick<TTenureSearchInput, "isActive">): SearchFilters =>
    input.isActive === undefined ? {} : { isActive: input.isActive },
};

export async function searchPersons(ctx: SearchContext, input: TPersonSearchInput) {
  const sort = input.sortBy === "surname" ? "text" : "relevance";
  const page = await run(ctx, "persons", input, { filters: filtersFor.persons(input), sort });
  return { results: { persons: page.documents as TPersonSearchDocument[] }, total: page.total };
}

export async function searchAssets(ctx: SearchContext, input: TAssetSearchInput) {
  const sort = input.sortBy === "address" ? "text" : "relevance";
  const page = await run(ctx, "assets", input, { filters: filtersFor.assets(input), sort });
  return { results: { assets: page.documents as TAssetSearchDocument[] }, total: page.total };
}

export async function searchTenures(ctx: SearchContext, input: TTenureSearchInput) {
  const sort = input.sortBy === "startDate" ? "date" : "relevance";
  const page = await run(ctx, "tenures", input, { filters: filtersFor.tenures(input), sort });
  return { results: { tenures: page.documents as TTenureSearchDocument[] }, total: page.total };
}

const accountSorts = { relevance: "relevance", balance: "amount", address: "text" } as const;

/** An accounts search looks for its words only in the field its lookUpType names. */
export const accountTermWeights = (lookUpType: TAccountSearchInput["lookUpType"]) => [accountLookUpWeights[lookUpType]];

/** Rent accounts by the one field asked for: tenant name, address (with postcode) or reference. */
export async function searchAccounts(ctx: SearchContext, input: TAccountSearchInput) {
  const termWeights = accountTermWeights(input.lookUpType);
  const page = await run(ctx, "accounts", input, { filters: {}, sort: accountSorts[input.sortBy], termWeights });
  return { results: { accounts: page.documents as TAccountSearchDocument[] }, total: page.total };
}

/** Bulk reading of every match of any index, in id order, a page at a time. */
export async function readAllMatches(
  ctx: SearchContext,
  index: SearchIndexName,
  input: {
    searchText: string;
    cursor?: string | undefined;
    pageSize: number;
    filters: SearchFilters;
    termWeights?: readonly number[];
  },
) {
  const query: CursorQuery = {
    index,
    terms: queryTerms(input.searchText),
    ...(input.termWeights ? { termWeights: input.termWeights } : {}),
    filters: input.filters,
    pageSize: input.pageSize,
    after: input.cursor,
  };
  const { documents, nextCursor } = await ctx.search.readAfter(query, visibilityFor(ctx));
  return { results: documents, nextCursor };
}

import { staffRoles } from "@housing/schemas/auth";
import { withAliases } from "@housing/schemas/query-params";
import {
  ZAccountSearchInput,
  ZAccountSearchResult,
  ZAssetSearchDocument,
  ZAssetSearchFields,
  ZAssetSearchInput,
  ZAssetSearchResult,
  ZPersonSearchDocument,
  ZPersonSearchFields,
  ZPersonSearchInput,
  ZPersonSearchResult,
  ZSearchCursorFields,
  ZSearchStatus,
  ZSearchText,
  ZTenureSearchDocument,
  ZTenureSearchFields,
  ZTenureSearchInput,
  ZTenureSearchResult,
  assetTypeAlias,
  cursorPage,
} from "@housing/schemas/search";
import { z } from "zod";
import {
  filtersFor,
  readAllMatches,
  searchAccounts,
  searchAssets,
  searchPersons,
  searchTenures,
} from "./run-search.ts";
import { queryFrom } from "../common/operation-shapes.ts";
import {
  type SearchContext,
  type SearchRequestContext,
  badSearchQuery,
  defineSearchOperation,
} from "./search-context.ts";
import type { SearchFilters, SearchIndexName } from "./search-engine.port.ts";
import { searchStatus } from "./search-status.ts";

export const searchTag = "Search";

const withoutPaging = { page: true, isDesc: true, sortBy: true, pageSize: true } as const;
const ZPersonCursorInput = ZPersonSearchFields.omit(withoutPaging).extend({
  searchText: ZSearchText,
  ...ZSearchCursorFields,
});
const ZAssetCursorInput = withAliases(
  ZAssetSearchFields.omit(withoutPaging).extend({ searchText: ZSearchText, ...ZSearchCursorFields }),
  assetTypeAlias,
);
const ZTenureCursorInput = ZTenureSearchFields.omit(withoutPaging).extend({
  searchText: ZSearchText,
  ...ZSearchCursorFields,
});

const ZPersonCursorPage = cursorPage(ZPersonSearchDocument);
const ZAssetCursorPage = cursorPage(ZAssetSearchDocument);
const ZTenureCursorPage = cursorPage(ZTenureSearchDocument);

/** readAllMatches reads the engine's documents as plain JSON; the page schema types them (a mismatch is a 500). */
async function typedPage<S extends z.ZodType>(schema: S, page: Promise<unknown>): Promise<z.output<S>> {
  const result = schema.safeParse(await page);
  if (!result.success) throw new Error("A search document does not match its schema", { cause: result.error });
  return result.data;
}

type RestNames = { path: string; operationId: string; summary: string; description: string };

/** A search of one index for any member of staff: a tRPC query, and GET with the same parameters. */
function searchOf<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  handler: (ctx: SearchContext, input: z.output<I>) => Promise<z.input<O>>,
  rest: RestNames & { errors?: Record<number, string> },
) {
  return queryFrom<I, O, SearchRequestContext>(staffRoles, input, output, handler, { errors: badSearchQuery, ...rest });
}

/** Every match of one index in id order, a page at a time after a cursor (REST only). */
function readAllOf<I extends z.ZodType<{ searchText: string; pageSize: number }>, Page>(
  index: SearchIndexName,
  input: I,
  output: z.ZodType<Page, Page>,
  filters: (input: z.output<I>) => SearchFilters,
  rest: { operationId: string; noun: string },
) {
  return defineSearchOperation({
    roles: staffRoles,
    input,
    output,
    handler: (ctx, query) => typedPage(output, readAllMatches(ctx, index, { ...query, filters: filters(query) })),
    rest: {
      method: "GET",
      path: `/api/v1/search/${index}/cursor`,
      operationId: rest.operationId,
      summary: `Every matching ${rest.noun} in id order; pass nextCursor back as cursor until it is null`,
      query: input,
      input: ({ query }) => query,
      description: "A page",
      errors: badSearchQuery,
    },
  });
}

export const searchOperations = {
  persons: searchOf(ZPersonSearchInput, ZPersonSearchResult, searchPersons, {
    path: "/api/v1/search/persons",
    operationId: "searchPersons",
    summary: "Persons by name, reference, address, payment reference, or a phone/email the caller may see",
    description: "A page of persons, best first",
  }),
  assets: searchOf(ZAssetSearchInput, ZAssetSearchResult, searchAssets, {
    path: "/api/v1/search/assets",
    operationId: "searchAssets",
    summary: "Properties (estates, blocks, dwellings…) by address, postcode, UPRN, reference or resident",
    description: "A page of assets",
  }),
  tenures: searchOf(ZTenureSearchInput, ZTenureSearchResult, searchTenures, {
    path: "/api/v1/search/tenures",
    operationId: "searchTenures",
    summary: "Tenures by payment reference, address, UPRN or household member",
    description: "A page of tenures",
  }),
  // Any member of staff: balances are shown to all staff on the tenure page; bank details never appear.
  accounts: searchOf(ZAccountSearchInput, ZAccountSearchResult, searchAccounts, {
    path: "/api/v1/search/accounts",
    operationId: "searchAccounts",
    summary: "Rent accounts by tenant name, address or postcode, or rent account number / payment reference",
    description: "A page of rent accounts with their balances",
    errors: { 400: "No lookUpType, fewer than 2 characters, markup, or a bad parameter" },
  }),
  readAllPersonMatches: readAllOf("persons", ZPersonCursorInput, ZPersonCursorPage, filtersFor.persons, {
    operationId: "readAllPersonMatches",
    noun: "person",
  }),
  readAllAssetMatches: readAllOf("assets", ZAssetCursorInput, ZAssetCursorPage, filtersFor.assets, {
    operationId: "readAllAssetMatches",
    noun: "asset",
  }),
  readAllTenureMatches: readAllOf("tenures", ZTenureCursorInput, ZTenureCursorPage, filtersFor.tenures, {
    operationId: "readAllTenureMatches",
    noun: "tenure",
  }),
  status: defineSearchOperation({
    roles: staffRoles,
    input: z.void(),
    output: ZSearchStatus,
    trpc: "query",
    handler: (ctx) => searchStatus(ctx),
    rest: {
      method: "GET",
      path: "/api/v1/search/status",
      operationId: "searchStatus",
      summary: "The search engine in use, whether the index is built, and how far it is behind the database",
      input: () => undefined,
      description: "Index status and indexer lag",
    },
  }),
};

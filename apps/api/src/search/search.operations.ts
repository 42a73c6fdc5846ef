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
import { badSearchQuery, defineSearchOperation } from "./search-context.ts";
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

export const searchOperations = {
  persons: defineSearchOperation({
    roles: staffRoles,
    input: ZPersonSearchInput,
    output: ZPersonSearchResult,
    trpc: "query",
    handler: (ctx, input) => searchPersons(ctx, input),
    rest: {
      method: "GET",
      path: "/api/v1/search/persons",
      operationId: "searchPersons",
      summary: "Persons by name, reference, address, payment reference, or a phone/email the caller may see",
      query: ZPersonSearchInput,
      input: ({ query }) => query,
      description: "A page of persons, best first",
      errors: badSearchQuery,
    },
  }),
  assets: defineSearchOperation({
    roles: staffRoles,
    input: ZAssetSearchInput,
    output: ZAssetSearchResult,
    trpc: "query",
    handler: (ctx, input) => searchAssets(ctx, input),
    rest: {
      method: "GET",
      path: "/api/v1/search/assets",
      operationId: "searchAssets",
      summary: "Properties (estates, blocks, dwellings…) by address, postcode, UPRN, reference or resident",
      query: ZAssetSearchInput,
      input: ({ query }) => query,
      description: "A page of assets",
      errors: badSearchQuery,
    },
  }),
  tenures: defineSearchOperation({
    roles: staffRoles,
    input: ZTenureSearchInput,
    output: ZTenureSearchResult,
    trpc: "query",
    handler: (ctx, input) => searchTenures(ctx, input),
    rest: {
      method: "GET",
      path: "/api/v1/search/tenures",
      operationId: "searchTenures",
      summary: "Tenures by payment reference, address, UPRN or household member",
      query: ZTenureSearchInput,
      input: ({ query }) => query,
      description: "A page of tenures",
      errors: badSearchQuery,
    },
  }),
  // Any member of staff: balances are shown to all staff on the tenure page; bank details never appear.
  accounts: defineSearchOperation({
    roles: staffRoles,
    input: ZAccountSearchInput,
    output: ZAccountSearchResult,
    trpc: "query",
    handler: (ctx, input) => searchAccounts(ctx, input),
    rest: {
      method: "GET",
      path: "/api/v1/search/accounts",
      operationId: "searchAccounts",
      summary: "Rent accounts by tenant name, address or postcode, or rent account number / payment reference",
      query: ZAccountSearchInput,
      input: ({ query }) => query,
      description: "A page of rent accounts with their balances",
      errors: { 400: "No lookUpType, fewer than 2 characters, markup, or a bad parameter" },
    },
  }),
  readAllPersonMatches: defineSearchOperation({
    roles: staffRoles,
    input: ZPersonCursorInput,
    output: ZPersonCursorPage,
    handler: (ctx, input) =>
      typedPage(ZPersonCursorPage, readAllMatches(ctx, "persons", { ...input, filters: filtersFor.persons(input) })),
    rest: {
      method: "GET",
      path: "/api/v1/search/persons/cursor",
      operationId: "readAllPersonMatches",
      summary: "Every matching person in id order; pass nextCursor back as cursor until it is null",
      query: ZPersonCursorInput,
      input: ({ query }) => query,
      description: "A page",
      errors: badSearchQuery,
    },
  }),
  readAllAssetMatches: defineSearchOperation({
    roles: staffRoles,
    input: ZAssetCursorInput,
    output: ZAssetCursorPage,
    handler: (ctx, input) =>
      typedPage(ZAssetCursorPage, readAllMatches(ctx, "assets", { ...input, filters: filtersFor.assets(input) })),
    rest: {
      method: "GET",
      path: "/api/v1/search/assets/cursor",
      operationId: "readAllAssetMatches",
      summary: "Every matching asset in id order; pass nextCursor back as cursor until it is null",
      query: ZAssetCursorInput,
      input: ({ query }) => query,
      description: "A page",
      errors: badSearchQuery,
    },
  }),
  readAllTenureMatches: defineSearchOperation({
    roles: staffRoles,
    input: ZTenureCursorInput,
    output: ZTenureCursorPage,
    handler: (ctx, input) =>
      typedPage(ZTenureCursorPage, readAllMatches(ctx, "tenures", { ...input, filters: filtersFor.tenures(input) })),
    rest: {
      method: "GET",
      path: "/api/v1/search/tenures/cursor",
      operationId: "readAllTenureMatches",
      summary: "Every matching tenure in id order; pass nextCursor back as cursor until it is null",
      query: ZTenureCursorInput,
      input: ({ query }) => query,
      description: "A page",
      errors: badSearchQuery,
    },
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

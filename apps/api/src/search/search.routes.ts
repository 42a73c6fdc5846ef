import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
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
  ZPropertyAccountSearchInput,
  ZPropertyAccountSearchResult,
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
import { withAliases } from "@housing/schemas/query-params";
import { defineRestRoute } from "../http/rest-route.ts";
import {
  filtersFor,
  readAllMatches,
  searchAccounts,
  searchAssets,
  searchPersons,
  searchPropertyAccounts,
  searchTenures,
} from "./run-search.ts";
import { searchStatus } from "./search-status.ts";

const tag = "Search";
const badQuery = { description: "Fewer than 2 characters, markup, or a bad parameter", schema: ZErrorResponse };

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

export const searchRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/persons",
    operationId: "searchPersons",
    summary: "Persons by name, reference, address, payment reference, or a phone/email the caller may see",
    tag,
    roles,
    query: ZPersonSearchInput,
    responses: { 200: { description: "A page of persons, best first", schema: ZPersonSearchResult }, 400: badQuery },
    handler: ({ ctx, query }) => searchPersons(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/assets",
    operationId: "searchAssets",
    summary: "Properties (estates, blocks, dwellings…) by address, postcode, UPRN, reference or resident",
    tag,
    roles,
    query: ZAssetSearchInput,
    responses: { 200: { description: "A page of assets", schema: ZAssetSearchResult }, 400: badQuery },
    handler: ({ ctx, query }) => searchAssets(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/tenures",
    operationId: "searchTenures",
    summary: "Tenures by payment reference, address, UPRN or household member",
    tag,
    roles,
    query: ZTenureSearchInput,
    responses: { 200: { description: "A page of tenures", schema: ZTenureSearchResult }, 400: badQuery },
    handler: ({ ctx, query }) => searchTenures(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/accounts",
    operationId: "searchAccounts",
    summary: "Rent accounts by tenant name, address or postcode, or rent account number / payment reference",
    tag,
    roles,
    query: ZAccountSearchInput,
    responses: {
      200: { description: "A page of rent accounts with their balances", schema: ZAccountSearchResult },
      400: {
        description: "No lookUpType, fewer than 2 characters, markup, or a bad parameter",
        schema: ZErrorResponse,
      },
    },
    handler: ({ ctx, query }) => searchAccounts(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/property-accounts",
    operationId: "searchPropertyAccounts",
    summary:
      "Properties by address or estate, each with its blocks and homes, balances and weekly charge totals rolled up",
    tag,
    roles,
    query: ZPropertyAccountSearchInput,
    responses: {
      200: {
        description: "A page of properties with their hierarchy and totals",
        schema: ZPropertyAccountSearchResult,
      },
      400: badQuery,
    },
    handler: ({ ctx, query }) => searchPropertyAccounts(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/persons/cursor",
    operationId: "readAllPersonMatches",
    summary: "Every matching person in id order; pass nextCursor back as cursor until it is null",
    tag,
    roles,
    query: ZPersonCursorInput,
    responses: { 200: { description: "A page", schema: cursorPage(ZPersonSearchDocument) }, 400: badQuery },
    handler: ({ ctx, query }) => readAllMatches(ctx, "persons", { ...query, filters: filtersFor.persons(query) }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/assets/cursor",
    operationId: "readAllAssetMatches",
    summary: "Every matching asset in id order; pass nextCursor back as cursor until it is null",
    tag,
    roles,
    query: ZAssetCursorInput,
    responses: { 200: { description: "A page", schema: cursorPage(ZAssetSearchDocument) }, 400: badQuery },
    handler: ({ ctx, query }) => readAllMatches(ctx, "assets", { ...query, filters: filtersFor.assets(query) }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/tenures/cursor",
    operationId: "readAllTenureMatches",
    summary: "Every matching tenure in id order; pass nextCursor back as cursor until it is null",
    tag,
    roles,
    query: ZTenureCursorInput,
    responses: { 200: { description: "A page", schema: cursorPage(ZTenureSearchDocument) }, 400: badQuery },
    handler: ({ ctx, query }) => readAllMatches(ctx, "tenures", { ...query, filters: filtersFor.tenures(query) }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/status",
    operationId: "searchStatus",
    summary: "The search engine in use, whether the index is built, and how far it is behind the database",
    tag,
    roles,
    responses: { 200: { description: "Index status and indexer lag", schema: ZSearchStatus } },
    handler: ({ ctx }) => searchStatus(ctx),
  }),
];

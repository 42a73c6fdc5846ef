import { z } from "zod";
import { ZAssetType } from "../asset/asset.schemas.ts";
import { idField, pageFields } from "../common/primitives.schemas.ts";
import { ZBooleanParam, caseInsensitiveEnum, withAliases } from "../common/query-param.schemas.ts";
import { safeText } from "../common/text.schemas.ts";
import { ZPersonType } from "../person/person.schemas.ts";

// What a search asks for. What it answers is in search-results.schemas.ts, exported here too.

export * from "./search-results.schemas.ts";

// Still exported here for @housing/schemas/search's importers; the asset schemas live in asset/.
export { assetTypes, ZAssetAddress, ZAssetChildren, ZAssetType, type TAssetAddress } from "../asset/asset.schemas.ts";

// Markup and control characters (tabs and line breaks too) are refused; anything else, however odd,
// is a valid query.
export const ZSearchText = safeText(
  z
    .string({ error: "Enter something to search for" })
    .max(500, "Search for 500 characters or fewer")
    .refine((text) => text.trim().length >= 2, "Enter at least 2 characters to search"),
  "search text",
  { lineBreaks: false, tabs: false },
);

/** A comma list in a query string ("Block,Dwelling") or an array from tRPC. */
function commaList<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item),
  );
}

const pagingFields = { ...pageFields, isDesc: ZBooleanParam.default(false) };

export const personSortOptions = ["relevance", "surname"] as const;
export const assetSortOptions = ["relevance", "address"] as const;
export const tenureSortOptions = ["relevance", "startDate"] as const;

// The names the council's existing clients use: GET /search/assets?assetType=Block&pageNumber=1.
export const pageAlias = { pageNumber: "page" } as const;
export const assetTypeAlias = { assetType: "assetTypes" } as const;

/** The fields of a persons search, before `pageNumber` is read as `page`. */
export const ZPersonSearchFields = z.object({
  searchText: ZSearchText,
  ...pagingFields,
  sortBy: caseInsensitiveEnum(personSortOptions, "Sort by relevance or surname").default("relevance"),
  personType: commaList(ZPersonType).optional(),
});
export const ZPersonSearchInput = withAliases(ZPersonSearchFields, pageAlias);
export type TPersonSearchInput = z.output<typeof ZPersonSearchInput>;

/** The fields of an assets search, before `assetType` and `pageNumber` are read as `assetTypes` and `page`. */
export const ZAssetSearchFields = z.object({
  searchText: ZSearchText,
  ...pagingFields,
  sortBy: caseInsensitiveEnum(assetSortOptions, "Sort by relevance or address").default("relevance"),
  assetTypes: commaList(ZAssetType).optional(),
});
export const ZAssetSearchInput = withAliases(ZAssetSearchFields, { ...pageAlias, ...assetTypeAlias });
export type TAssetSearchInput = z.output<typeof ZAssetSearchInput>;

/** The fields of a tenures search, before `pageNumber` is read as `page`. */
export const ZTenureSearchFields = z.object({
  searchText: ZSearchText,
  ...pagingFields,
  sortBy: caseInsensitiveEnum(tenureSortOptions, "Sort by relevance or startDate").default("relevance"),
  isActive: ZBooleanParam.optional(),
});
export const ZTenureSearchInput = withAliases(ZTenureSearchFields, pageAlias);
export type TTenureSearchInput = z.output<typeof ZTenureSearchInput>;

/** Which of an account's fields the search text is looked for in. */
export const lookUpTypes = ["TenantName", "Address", "PaymentReference"] as const;
export const accountSortOptions = ["relevance", "balance", "address"] as const;

/** The fields of an accounts search, before `pageNumber` is read as `page`. */
export const ZAccountSearchFields = z.object({
  lookUpType: z.enum(lookUpTypes, { error: `Look up by one of: ${lookUpTypes.join(", ")}` }),
  searchText: ZSearchText,
  ...pagingFields,
  sortBy: caseInsensitiveEnum(accountSortOptions, "Sort by relevance, balance or address").default("relevance"),
});
export const ZAccountSearchInput = withAliases(ZAccountSearchFields, pageAlias);
export type TAccountSearchInput = z.output<typeof ZAccountSearchInput>;

/** Properties found by text, each with everything under it and its totals (estates, blocks, homes). */
export const ZPropertyAccountSearchInput = withAliases(
  ZAssetSearchFields.pick({ searchText: true, assetTypes: true, page: true, pageSize: true }),
  { ...pageAlias, ...assetTypeAlias },
);
export type TPropertyAccountSearchInput = z.output<typeof ZPropertyAccountSearchInput>;

/** Bulk reading: every match, a page at a time, in id order, with no ceiling on depth. */
export const ZSearchCursorFields = {
  cursor: idField("Use the nextCursor of the previous page").optional(),
  pageSize: z.coerce.number().int().min(1).max(1000, "Read at most 1000 results a page").default(500),
};

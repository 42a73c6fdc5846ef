import { ZBooleanParam, caseInsensitiveEnum, withAliases } from "@housing/schemas/query-params";
import {
  ZAccountSearchFields,
  ZAssetSearchFields,
  ZPersonSearchFields,
  ZTenureSearchFields,
  accountSortOptions,
  assetSortOptions,
  assetTypeAlias,
  personSortOptions,
  tenureSortOptions,
} from "@housing/schemas/search";
import { z } from "zod";

// An export holds every match: the search's filters without its paging; its sort is optional (below).
const pagingAndSort = { page: true, pageSize: true, sortBy: true, isDesc: true } as const;

/**
 * Optional, so that existing clients get what they always had: without `sortBy` every match comes
 * in id order (cursor reading, no depth limit); with it, in the search's own order, as its pages
 * would list them (read a page of 500 at a time; Elasticsearch reaches its first 10,000 only).
 */
function exportOrder<const T extends readonly [string, ...string[]]>(sortOptions: T) {
  return {
    sortBy: caseInsensitiveEnum(sortOptions, `Sort by ${sortOptions.join(" or ")}`)
      .optional()
      .meta({
        description: `The search's order (${sortOptions.join(", ")}); without it, every match in id order`,
      }),
    isDesc: ZBooleanParam.optional().meta({ description: "With sortBy: the other way round (best match has one way)" }),
  };
}

/** What the columns say: "data" as the API speaks (codes, yyyy-mm-dd); "screen" as the staff app shows results. */
const ZExportLayout = z.enum(["data", "screen"], { error: "Use data or screen" }).default("data").meta({
  description:
    'data (the default): the columns and values as the API speaks them, for reporting tools. screen: the columns and wording of the staff app\'s result cards (dates as dd/mm/yyyy, "Household member")',
});
export type TExportLayout = z.output<typeof ZExportLayout>;

export const ZPersonExportInput = ZPersonSearchFields.omit(pagingAndSort).extend({
  ...exportOrder(personSortOptions),
  layout: ZExportLayout,
});
export const ZAssetExportInput = withAliases(
  ZAssetSearchFields.omit(pagingAndSort).extend({ ...exportOrder(assetSortOptions), layout: ZExportLayout }),
  assetTypeAlias,
);
export const ZTenureExportInput = ZTenureSearchFields.omit(pagingAndSort).extend({
  ...exportOrder(tenureSortOptions),
  layout: ZExportLayout,
});
export const ZAccountExportInput = ZAccountSearchFields.omit(pagingAndSort).extend(exportOrder(accountSortOptions));

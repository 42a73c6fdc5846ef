import { withAliases } from "@housing/schemas/query-params";
import {
  ZAccountSearchFields,
  ZAssetSearchFields,
  ZPersonSearchFields,
  ZTenureSearchFields,
  assetTypeAlias,
} from "@housing/schemas/search";

// An export holds every match, read in id order: the search's filters without its paging and sort.
const pagingAndSort = { page: true, pageSize: true, sortBy: true, isDesc: true } as const;

export const ZPersonExportInput = ZPersonSearchFields.omit(pagingAndSort);
export const ZAssetExportInput = withAliases(ZAssetSearchFields.omit(pagingAndSort), assetTypeAlias);
export const ZTenureExportInput = ZTenureSearchFields.omit(pagingAndSort);
export const ZAccountExportInput = ZAccountSearchFields.omit(pagingAndSort);

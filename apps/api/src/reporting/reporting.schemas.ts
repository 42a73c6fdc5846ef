import {
  ZAccountSearchInput,
  ZAssetSearchInput,
  ZPersonSearchInput,
  ZTenureSearchInput,
} from "@housing/schemas/search";

// An export holds every match, read in id order: the search's filters without its paging and sort.
const pagingAndSort = { page: true, pageSize: true, sortBy: true, isDesc: true } as const;

export const ZPersonExportInput = ZPersonSearchInput.omit(pagingAndSort);
export const ZAssetExportInput = ZAssetSearchInput.omit(pagingAndSort);
export const ZTenureExportInput = ZTenureSearchInput.omit(pagingAndSort);
export const ZAccountExportInput = ZAccountSearchInput.omit(pagingAndSort);

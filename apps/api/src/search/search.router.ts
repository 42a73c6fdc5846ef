import {
  ZAssetSearchInput,
  ZAssetSearchResult,
  ZPersonSearchInput,
  ZPersonSearchResult,
  ZTenureSearchInput,
  ZTenureSearchResult,
} from "@housing/schemas/search";
import { router, staffProcedure } from "../trpc.ts";
import { searchAssets, searchPersons, searchTenures } from "./run-search.ts";

export const searchRouter = router({
  persons: staffProcedure
    .input(ZPersonSearchInput)
    .output(ZPersonSearchResult)
    .query(({ ctx, input }) => searchPersons(ctx, input)),
  assets: staffProcedure
    .input(ZAssetSearchInput)
    .output(ZAssetSearchResult)
    .query(({ ctx, input }) => searchAssets(ctx, input)),
  tenures: staffProcedure
    .input(ZTenureSearchInput)
    .output(ZTenureSearchResult)
    .query(({ ctx, input }) => searchTenures(ctx, input)),
});

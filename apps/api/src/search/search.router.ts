import {
  ZAssetSearchInput,
  ZAssetSearchResult,
  ZPersonSearchInput,
  ZPersonSearchResult,
  ZTenureSearchInput,
  ZSearchStatus,
  ZTenureSearchResult,
} from "@housing/schemas/search";
import { z } from "zod";
import { router, staffProcedure } from "../trpc.ts";
import { searchAssets, searchPersons, searchTenures } from "./run-search.ts";
import { searchStatus } from "./search-status.ts";

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
  status: staffProcedure
    .input(z.void())
    .output(ZSearchStatus)
    .query(({ ctx }) => searchStatus(ctx)),
});

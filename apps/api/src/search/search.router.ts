import {
  ZAccountSearchInput,
  ZAccountSearchResult,
  ZAssetSearchInput,
  ZAssetSearchResult,
  ZPersonSearchInput,
  ZPersonSearchResult,
  ZPropertyAccountSearchInput,
  ZPropertyAccountSearchResult,
  ZTenureSearchInput,
  ZSearchStatus,
  ZTenureSearchResult,
} from "@housing/schemas/search";
import { z } from "zod";
import { router, staffProcedure } from "../trpc.ts";
import { searchAccounts, searchAssets, searchPersons, searchPropertyAccounts, searchTenures } from "./run-search.ts";
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
  // Any member of staff: balances are shown to all staff on the tenure page; bank details never appear.
  accounts: staffProcedure
    .input(ZAccountSearchInput)
    .output(ZAccountSearchResult)
    .query(({ ctx, input }) => searchAccounts(ctx, input)),
  propertyAccounts: staffProcedure
    .input(ZPropertyAccountSearchInput)
    .output(ZPropertyAccountSearchResult)
    .query(({ ctx, input }) => searchPropertyAccounts(ctx, input)),
  status: staffProcedure
    .input(z.void())
    .output(ZSearchStatus)
    .query(({ ctx }) => searchStatus(ctx)),
});

import { ZAssetChildren } from "@housing/schemas/search";
import { ZAsset, ZCreateAssetInput, ZUpdateAssetInput } from "@housing/schemas/tenure";
import { z } from "zod";
import { housingWriteProcedure, router, staffProcedure } from "../trpc.ts";
import { assetChildren } from "./asset-children.ts";
import { createAsset, updateAsset } from "./asset-writes.ts";
import { getAsset } from "./get-asset.ts";

const ZAssetId = z.strictObject({ id: z.guid("The id must be a UUID") });

export const assetRouter = router({
  get: staffProcedure
    .input(ZAssetId)
    .output(ZAsset)
    .query(({ ctx, input }) => getAsset(ctx, input.id)),
  children: staffProcedure
    .input(ZAssetId)
    .output(ZAssetChildren)
    .query(({ ctx, input }) => assetChildren(ctx, input.id)),
  create: housingWriteProcedure
    .input(ZCreateAssetInput)
    .output(ZAsset)
    .mutation(({ ctx, input }) => createAsset(ctx, input)),
  update: housingWriteProcedure
    .input(ZUpdateAssetInput)
    .output(ZAsset)
    .mutation(({ ctx, input }) => updateAsset(ctx, input)),
});

import { ZAssetChildren } from "@housing/schemas/search";
import { z } from "zod";
import { router, staffProcedure } from "../trpc.ts";
import { assetChildren } from "./asset-children.ts";

export const assetRouter = router({
  children: staffProcedure
    .input(z.strictObject({ id: z.uuid("The id must be a UUID") }))
    .output(ZAssetChildren)
    .query(({ ctx, input }) => assetChildren(ctx, input.id)),
});

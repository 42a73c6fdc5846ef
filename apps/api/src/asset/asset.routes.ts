import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import { ZAssetChildren } from "@housing/schemas/search";
import { z } from "zod";
import { defineRestRoute } from "../http/rest-route.ts";
import { assetChildren } from "./asset-children.ts";

export const assetRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/assets/:id/children",
    operationId: "getAssetChildren",
    summary: "The assets directly below one in the hierarchy (an estate's blocks, a block's dwellings)",
    tag: "Assets",
    roles,
    params: z.strictObject({ id: z.uuid("The id must be a UUID") }),
    responses: {
      200: { description: "Children in natural address order", schema: ZAssetChildren },
      404: { description: "No such asset", schema: ZErrorResponse },
    },
    handler: ({ ctx, params }) => assetChildren(ctx, params.id),
  }),
];

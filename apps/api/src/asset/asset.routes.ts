import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import { ZAssetChildren } from "@housing/schemas/search";
import { ZAsset, ZAssetChanges, ZCreateAssetInput } from "@housing/schemas/tenure";
import { housingWriteRoles } from "../auth/access.ts";
import { z } from "zod";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { assetChildren } from "./asset-children.ts";
import { createAsset, updateAsset } from "./asset-writes.ts";
import { getAsset } from "./get-asset.ts";

const ZId = z.strictObject({ id: z.guid("The id must be a UUID") });
const error = (description: string) => ({ description, schema: ZErrorResponse });

export const assetRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/assets/:id/children",
    operationId: "getAssetChildren",
    summary: "The assets directly below one in the hierarchy (an estate's blocks, a block's dwellings)",
    tag: "Assets",
    roles,
    params: z.strictObject({ id: z.guid("The id must be a UUID") }),
    responses: {
      200: { description: "Children in natural address order", schema: ZAssetChildren },
      404: { description: "No such asset", schema: ZErrorResponse },
    },
    handler: ({ ctx, params }) => assetChildren(ctx, params.id),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/assets/:id",
    operationId: "getAsset",
    summary: "A property with its place in the hierarchy, characteristics, flags and current tenure",
    tag: "Assets",
    roles,
    params: ZId,
    responses: { 200: { description: "The asset", schema: ZAsset }, 404: error("No such asset") },
    handler: async ({ ctx, params, reply }) => {
      const asset = await getAsset(ctx, params.id);
      return reply.header("etag", etagFor(asset.version)).send(asset);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/assets",
    operationId: "createAsset",
    summary: "Create an asset (integration services and housing staff)",
    tag: "Assets",
    roles: housingWriteRoles,
    body: ZCreateAssetInput,
    responses: {
      201: { description: "Created", schema: ZAsset },
      400: error("Invalid fields"),
      409: error("Reference taken"),
    },
    handler: async ({ ctx, body, reply }) => {
      const asset = await createAsset(ctx, body);
      return reply
        .code(201)
        .header("location", `/api/v1/assets/${asset.id}`)
        .header("etag", etagFor(asset.version))
        .send(asset);
    },
  }),
  defineRestRoute({
    method: "PATCH",
    url: "/api/v1/assets/:id",
    operationId: "updateAsset",
    summary: "Change an asset's address, characteristics, flags or parent",
    tag: "Assets",
    roles: housingWriteRoles,
    params: ZId,
    body: ZAssetChanges,
    requestHeaders: { "If-Match": "The version last read (required)" },
    responses: { 200: { description: "Saved", schema: ZAsset }, 409: error("Missing or stale If-Match") },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => getAsset(ctx, params.id));
      const asset = await updateAsset(ctx, { id: params.id, version, data: body });
      return reply.header("etag", etagFor(asset.version)).send(asset);
    },
  }),
];

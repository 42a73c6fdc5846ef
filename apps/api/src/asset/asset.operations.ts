import { staffRoles } from "@housing/schemas/auth";
import { ZAssetChildren } from "@housing/schemas/search";
import { ZAsset, ZAssetChanges, ZCreateAssetInput, ZUpdateAssetInput } from "@housing/schemas/tenure";
import { ZIdInput } from "@housing/schemas/primitives";
import { housingWriteRoles } from "../auth/access.ts";
import { defineOperation } from "../common/operation.ts";
import { assetChildren } from "./asset-children.ts";
import { createAsset, updateAsset } from "./asset-writes.ts";
import { getAsset } from "./get-asset.ts";

export const assetTag = "Assets";
const etag = 'The asset\'s version, e.g. "2"; send it back in If-Match to change it';

export const assetOperations = {
  children: defineOperation({
    roles: staffRoles,
    input: ZIdInput,
    output: ZAssetChildren,
    trpc: "query",
    handler: (ctx, input) => assetChildren(ctx, input.id),
    rest: {
      method: "GET",
      path: "/api/v1/assets/:id/children",
      operationId: "getAssetChildren",
      summary: "The assets directly below one in the hierarchy (an estate's blocks, a block's dwellings)",
      params: ZIdInput,
      input: ({ params }) => params,
      description: "Children in natural address order",
      errors: { 404: "No such asset" },
    },
  }),
  get: defineOperation({
    roles: staffRoles,
    input: ZIdInput,
    output: ZAsset,
    trpc: "query",
    handler: (ctx, input) => getAsset(ctx, input.id),
    rest: {
      method: "GET",
      path: "/api/v1/assets/:id",
      operationId: "getAsset",
      summary: "A property with its place in the hierarchy, characteristics, flags and current tenure",
      params: ZIdInput,
      input: ({ params }) => params,
      description: "The asset",
      etag,
      errors: { 404: "No such asset" },
    },
  }),
  create: defineOperation({
    roles: housingWriteRoles,
    input: ZCreateAssetInput,
    output: ZAsset,
    trpc: "mutation",
    handler: (ctx, input) => createAsset(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/assets",
      operationId: "createAsset",
      summary: "Create an asset (integration services and housing staff)",
      body: ZCreateAssetInput,
      input: ({ body }) => body,
      status: 201,
      description: "Created",
      etag,
      location: "/api/v1/assets/{id}",
      errors: { 400: "Invalid fields", 409: "Reference taken" },
    },
  }),
  update: defineOperation({
    roles: housingWriteRoles,
    input: ZUpdateAssetInput,
    output: ZAsset,
    trpc: "mutation",
    handler: (ctx, input) => updateAsset(ctx, input),
    rest: {
      method: "PATCH",
      path: "/api/v1/assets/:id",
      operationId: "updateAsset",
      summary: "Change an asset's address, characteristics, flags or parent",
      params: ZIdInput,
      body: ZAssetChanges,
      ifMatch: {
        description: "The version last read (required)",
        ensureExists: (ctx, params) => getAsset(ctx, params.id),
      },
      input: async ({ params, body, version }) => ({ id: params.id, version: await version(), data: body }),
      description: "Saved",
      etag,
      errors: { 409: "Missing or stale If-Match" },
    },
  }),
};

import type { TRole } from "@housing/schemas/auth";
import { ZAssetChildren } from "@housing/schemas/search";
import { ZAsset, ZAssetChanges, ZCreateAssetInput, ZUpdateAssetInput } from "@housing/schemas/tenure";
import { housingWriteRoles } from "../auth/access.ts";
import { readById } from "../common/operation-shapes.ts";
import { restResource } from "../common/rest-resource.ts";
import { assetActivity } from "./asset-activity.ts";
import { assetChildren } from "./asset-children.ts";
import { createAsset, updateAsset } from "./asset-writes.ts";
import { getAsset } from "./get-asset.ts";

export const assetTag = "Assets";
/** A property's address and management flags are the managers' to change (and the property register's). */
const propertyEditRoles = ["housing-manager", "admin", "integration-service"] as const satisfies readonly TRole[];
const assets = restResource("Asset", "/api/v1/assets", ZAsset, getAsset, {
  noun: "asset",
  etag: 'The asset\'s version, e.g. "2"; send it back in If-Match to change it',
});

export const assetOperations = {
  children: readById(ZAssetChildren, assetChildren, {
    path: "/api/v1/assets/:id/children",
    operationId: "getAssetChildren",
    summary: "The assets directly below one in the hierarchy (an estate's blocks, a block's dwellings)",
    description: "Children in natural address order",
    notFound: "No such asset",
  }),
  get: assets.get("A property with its place in the hierarchy, characteristics, flags and current tenure"),
  create: assets.create(housingWriteRoles, ZCreateAssetInput, createAsset, {
    summary: "Create an asset (integration services and housing staff)",
    errors: { 400: "Invalid fields", 409: "Reference taken" },
  }),
  update: assets.change(propertyEditRoles, ZUpdateAssetInput, updateAsset, {
    method: "PATCH",
    summary:
      "Change an asset's address, characteristics, management flags or place in the hierarchy (housing managers, administrators and the property register)",
    body: ZAssetChanges,
    errors: { 400: "Invalid fields, or a place in the hierarchy that does not fit", 404: "No such asset" },
  }),
  activity: assets.activity(
    assetActivity,
    "Who changed what about the property and its cautionary alerts, and when (newest first)",
  ),
};

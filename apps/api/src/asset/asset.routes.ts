import { restRoutesOf } from "../http/rest-route.ts";
import { assetOperations, assetTag } from "./asset.operations.ts";

export const assetRoutes = restRoutesOf(assetOperations, assetTag);

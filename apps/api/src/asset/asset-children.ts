import type { DbClient } from "@housing/db/client";
import { notFound } from "../kernel/app-error.ts";
import { inAddressOrder } from "../kernel/address-sort-key.ts";
import { fullAddress } from "../kernel/asset-address.ts";
import { assetExists, findChildAssets } from "./asset.repository.ts";

/** An asset's children in natural address order (blocks of an estate, dwellings of a block). */
export async function assetChildren(deps: { db: DbClient }, id: string) {
  if (!(await assetExists(deps.db, id))) throw notFound("asset", id);
  const children = inAddressOrder(await findChildAssets(deps.db, id));
  return {
    results: children.map((child) => ({
      id: child.id,
      assetId: child.propertyReference,
      assetType: child.assetType,
      name: child.name,
      uprn: child.uprn,
      fullAddress: fullAddress(child),
      childrenCount: child._count.children,
    })),
  };
}

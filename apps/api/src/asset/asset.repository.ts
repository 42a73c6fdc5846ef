import type { DbClient } from "@housing/db/client";

/** Addressable properties (not estates or blocks as a whole) at a postcode, in street order. */
export async function findAddressableAssetsByPostcode(db: DbClient, postCode: string) {
  return db.asset.findMany({
    where: { postCode, assetType: { notIn: ["Estate", "Block"] } },
    select: {
      id: true,
      uprn: true,
      postPreamble: true,
      addressLine1: true,
      addressLine2: true,
      addressLine3: true,
      addressLine4: true,
      postCode: true,
    },
    orderBy: [{ addressLine1: "asc" }, { postPreamble: "asc" }],
    take: 500,
  });
}

export async function assetExists(db: DbClient, id: string): Promise<boolean> {
  return (await db.asset.count({ where: { id } })) > 0;
}

/** The assets directly below one in the estate → block → dwelling hierarchy. */
export async function findChildAssets(db: DbClient, parentId: string) {
  return db.asset.findMany({
    where: { parentId },
    select: {
      id: true,
      propertyReference: true,
      assetType: true,
      name: true,
      uprn: true,
      postPreamble: true,
      addressLine1: true,
      addressLine2: true,
      addressLine3: true,
      addressLine4: true,
      postCode: true,
      _count: { select: { children: true } },
    },
  });
}

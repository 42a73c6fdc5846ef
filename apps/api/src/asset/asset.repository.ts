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

import type { DbClient } from "@housing/db/client";
import { fullAddress } from "../kernel/asset-address.ts";
import { findAddressableAssetsByPostcode } from "./asset.repository.ts";

/** The council's own property register answers "which addresses are at this postcode". */
export async function lookUpAddresses(deps: { db: DbClient }, postcode: string) {
  const assets = await findAddressableAssetsByPostcode(deps.db, postcode);
  const naturally = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });
  return {
    results: assets
      .map((asset) => ({
        uprn: asset.uprn,
        assetId: asset.id,
        addressLine1: asset.postPreamble ? `${asset.postPreamble}, ${asset.addressLine1}` : asset.addressLine1,
        addressLine2: asset.addressLine2,
        addressLine3: asset.addressLine3,
        addressLine4: asset.addressLine4,
        postCode: asset.postCode ?? postcode,
        singleLineAddress: fullAddress(asset),
      }))
      .sort((a, b) => naturally.compare(a.singleLineAddress, b.singleLineAddress)),
  };
}

import type { TAssetAddress } from "@housing/schemas/search";

export type AssetAddressParts = {
  postPreamble?: string | null;
  addressLine1: string;
  addressLine2?: string | null;
  addressLine3?: string | null;
  addressLine4?: string | null;
  postCode?: string | null;
};

/** One line, as officers read it on screens and letters: "Flat 3, Newcome House, Powell Road, E5 8DH". */
export function fullAddress(address: AssetAddressParts): string {
  return [
    address.postPreamble,
    address.addressLine1,
    address.addressLine2,
    address.addressLine3,
    address.addressLine4,
    address.postCode,
  ]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join(", ");
}

/** The address as search results show it (ZAssetAddress), picked out of a whole asset row. */
export function assetAddressOf(asset: TAssetAddress): TAssetAddress {
  return {
    uprn: asset.uprn,
    addressLine1: asset.addressLine1,
    addressLine2: asset.addressLine2,
    addressLine3: asset.addressLine3,
    addressLine4: asset.addressLine4,
    postCode: asset.postCode,
    postPreamble: asset.postPreamble,
  };
}

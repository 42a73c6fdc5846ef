import type { Prisma } from "./generated/prisma/client.ts";

/**
 * The parts of a property's address that the API's fullAddress joins into one line: every domain
 * that shows an address (asset, person, tenure, finance, search) reads these columns.
 */
export const assetAddressLines = {
  postPreamble: true,
  addressLine1: true,
  addressLine2: true,
  addressLine3: true,
  addressLine4: true,
  postCode: true,
} satisfies Prisma.AssetSelect;

/** A property as the records that point at it show it: what it is, its references and its address. */
export const assetSummary = {
  id: true,
  propertyReference: true,
  assetType: true,
  name: true,
  uprn: true,
  ...assetAddressLines,
} satisfies Prisma.AssetSelect;

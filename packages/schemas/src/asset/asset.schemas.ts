import { z } from "zod";
import { ZId, versionedChange } from "../common/primitives.schemas.ts";
import { optionalText, requiredText } from "../common/text.schemas.ts";
import { ZUkPostcode, ZUprn } from "../contact-details/address-values.schemas.ts";

// Properties: estates, blocks and homes, how they are written and how they are answered.

export const assetTypes = [
  "Estate",
  "Block",
  "Dwelling",
  "House",
  "LettableNonDwelling",
  "Garage",
  "CommunityHall",
  "Concierge",
  "TravellerSite",
] as const;
export const ZAssetType = z.enum(assetTypes, { error: `Use asset types from: ${assetTypes.join(", ")}` });

const assetFields = {
  assetType: ZAssetType,
  propertyReference: z.string().regex(/^[A-Za-z0-9-]{1,20}$/, "Enter the property reference (letters, digits and -)"),
  name: optionalText("a name", 100),
  parentId: ZId.optional(),
  // The UPRN and postcode rules of a contact's address.
  uprn: ZUprn.optional(),
  postPreamble: optionalText("a post preamble", 100),
  addressLine1: requiredText("the first line of the address", 200),
  addressLine2: optionalText("the second line of the address", 200),
  addressLine3: optionalText("the third line of the address", 200),
  addressLine4: optionalText("the fourth line of the address", 200),
  postCode: ZUkPostcode.optional(),
  bedrooms: z.number().int().min(0).max(20).optional(),
  livingRooms: z.number().int().min(0).max(20).optional(),
  floorNumber: z.number().int().min(-5).max(100).optional(),
  totalBlockFloors: z.number().int().min(0).max(100).optional(),
  yearConstructed: z.number().int().min(1500).max(2100).optional(),
  isVoid: z.boolean().default(false),
  isLettable: z.boolean().default(true),
  isNewBuild: z.boolean().default(false),
  isRightToBuy: z.boolean().default(false),
  rentGroup: optionalText("a rent group", 20),
};

export const ZCreateAssetInput = z.strictObject({ id: ZId.optional(), ...assetFields });
export type TCreateAssetInput = z.output<typeof ZCreateAssetInput>;

/** A field a change may clear: null, or an empty text, clears it. */
function clearable<T extends z.ZodType>(schema: T) {
  return schema.nullable().transform((value) => value ?? null);
}

export const ZAssetChanges = z
  .strictObject({
    ...assetFields,
    name: clearable(assetFields.name),
    parentId: ZId.nullable(),
    uprn: clearable(assetFields.uprn),
    postPreamble: clearable(assetFields.postPreamble),
    addressLine2: clearable(assetFields.addressLine2),
    addressLine3: clearable(assetFields.addressLine3),
    addressLine4: clearable(assetFields.addressLine4),
    postCode: clearable(assetFields.postCode),
    rentGroup: clearable(assetFields.rentGroup),
    // No defaults in a change: a flag left out stays as it is.
    isVoid: z.boolean(),
    isLettable: z.boolean(),
    isNewBuild: z.boolean(),
    isRightToBuy: z.boolean(),
  })
  .omit({ propertyReference: true })
  .partial();
export type TAssetChanges = z.output<typeof ZAssetChanges>;

export const ZUpdateAssetInput = versionedChange(ZAssetChanges);

export const ZAssetSummary = z.object({
  id: ZId,
  assetId: z.string(),
  assetType: ZAssetType,
  name: z.string().nullable(),
  fullAddress: z.string(),
});

export const ZAsset = z.object({
  id: ZId,
  assetId: z.string(),
  assetType: ZAssetType,
  name: z.string().nullable(),
  uprn: z.string().nullable(),
  assetAddress: z.object({
    postPreamble: z.string().nullable(),
    addressLine1: z.string(),
    addressLine2: z.string().nullable(),
    addressLine3: z.string().nullable(),
    addressLine4: z.string().nullable(),
    postCode: z.string().nullable(),
  }),
  fullAddress: z.string(),
  characteristics: z.object({
    bedrooms: z.number().nullable(),
    livingRooms: z.number().nullable(),
    floorNumber: z.number().nullable(),
    totalBlockFloors: z.number().nullable(),
    yearConstructed: z.number().nullable(),
  }),
  management: z.object({
    isVoid: z.boolean(),
    isLettable: z.boolean(),
    isNewBuild: z.boolean(),
    isRightToBuy: z.boolean(),
    rentGroup: z.string().nullable(),
  }),
  isAssetCautionaryAlerted: z.boolean(),
  /** Estate first, then block: for breadcrumbs. */
  ancestors: z.array(ZAssetSummary),
  childrenCount: z.number().int(),
  currentTenure: z
    .object({
      id: ZId,
      paymentReference: z.string(),
      tenureType: z.object({ code: z.string(), description: z.string() }),
      startOfTenureDate: z.string(),
      endOfTenureDate: z.string().nullable(),
      residents: z.array(z.object({ id: ZId, fullName: z.string(), isResponsible: z.boolean() })),
    })
    .nullable(),
  version: z.number().int(),
});
export type TAsset = z.infer<typeof ZAsset>;

/** An asset's address with its UPRN, as search documents and property accounts answer it. */
export const ZAssetAddress = z.object({
  uprn: z.string().nullable(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  addressLine3: z.string().nullable(),
  addressLine4: z.string().nullable(),
  postCode: z.string().nullable(),
  postPreamble: z.string().nullable(),
});
export type TAssetAddress = z.infer<typeof ZAssetAddress>;

/** The assets directly under an estate or a block. */
export const ZAssetChildren = z.object({
  results: z.array(
    z.object({
      id: ZId,
      assetId: z.string(),
      assetType: ZAssetType,
      name: z.string().nullable(),
      uprn: z.string().nullable(),
      fullAddress: z.string(),
      childrenCount: z.number().int(),
    }),
  ),
});

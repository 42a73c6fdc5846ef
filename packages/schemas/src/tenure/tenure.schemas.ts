import { z } from "zod";
import { isoDate } from "../common/date.schemas.ts";
import { ZId, ZVersion } from "../common/primitives.schemas.ts";
import { optionalText, requiredText } from "../common/text.schemas.ts";
import { ZActorStamp } from "../person/person.schemas.ts";
import { ZAssetType } from "../search/search.schemas.ts";

export const personTenureTypes = ["Tenant", "Leaseholder", "Freeholder", "HouseholdMember", "Occupant"] as const;
export const ZPersonTenureType = z.enum(personTenureTypes);

// ------------------------------------------------------------------ Assets

const assetFields = {
  assetType: ZAssetType,
  propertyReference: z.string().regex(/^[A-Za-z0-9-]{1,20}$/, "Enter the property reference (letters, digits and -)"),
  name: optionalText("a name", 100),
  parentId: ZId.optional(),
  uprn: z
    .string()
    .regex(/^\d{1,12}$/, "A UPRN is up to 12 digits")
    .optional(),
  postPreamble: optionalText("a post preamble", 100),
  addressLine1: requiredText("the first line of the address", 200),
  addressLine2: optionalText("the second line of the address", 200),
  addressLine3: optionalText("the third line of the address", 200),
  addressLine4: optionalText("the fourth line of the address", 200),
  postCode: optionalText("a postcode", 10),
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

export const ZAssetChanges = z
  .strictObject({
    ...assetFields,
    name: assetFields.name.nullable(),
    parentId: ZId.nullable(),
    uprn: assetFields.uprn.nullable(),
  })
  .omit({ propertyReference: true })
  .partial();
export type TAssetChanges = z.output<typeof ZAssetChanges>;

export const ZUpdateAssetInput = z.strictObject({ id: ZId, version: ZVersion, data: ZAssetChanges });

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

// ------------------------------------------------------------------ Tenures

export const ZCreateTenureInput = z
  .strictObject({
    id: ZId.optional(),
    paymentReference: z
      .string()
      .regex(/^[A-Za-z0-9]{4,20}$/, "Enter the payment reference (4 to 20 letters or digits)"),
    tenureTypeCode: z.string().regex(/^[A-Z]{2,5}$/, "Enter a tenure type code such as SEC"),
    assetId: ZId,
    startOfTenureDate: isoDate("the start date"),
    endOfTenureDate: isoDate("the end date").optional(),
  })
  .superRefine((tenure, ctx) => {
    if (tenure.endOfTenureDate && tenure.endOfTenureDate < tenure.startOfTenureDate) {
      ctx.addIssue({
        code: "custom",
        path: ["endOfTenureDate"],
        message: "The end date cannot be before the start date",
      });
    }
  });
export type TCreateTenureInput = z.output<typeof ZCreateTenureInput>;

export const ZTenureChanges = z
  .strictObject({
    tenureTypeCode: z.string().regex(/^[A-Z]{2,5}$/, "Enter a tenure type code such as SEC"),
    startOfTenureDate: isoDate("the start date"),
    endOfTenureDate: isoDate("the end date").nullable(),
    terminationReason: optionalText("a termination reason", 200).nullable(),
  })
  .partial();
export type TTenureChanges = z.output<typeof ZTenureChanges>;
export const ZUpdateTenureInput = z.strictObject({ id: ZId, version: ZVersion, data: ZTenureChanges });

export const ZHouseholdMemberInput = z.strictObject({
  tenureId: ZId,
  personId: ZId,
  isResponsible: z.boolean(),
});
export const ZRemoveHouseholdMemberInput = z.strictObject({ tenureId: ZId, personId: ZId });

export const ZTenure = z.object({
  id: ZId,
  paymentReference: z.string(),
  tenureType: z.object({ code: z.string(), description: z.string() }),
  startOfTenureDate: z.string(),
  endOfTenureDate: z.string().nullable(),
  isActive: z.boolean(),
  isTerminated: z.boolean(),
  terminationReason: z.string().nullable(),
  tenuredAsset: ZAssetSummary.extend({ uprn: z.string().nullable() }),
  householdMembers: z.array(
    z.object({
      id: ZId,
      fullName: z.string(),
      dateOfBirth: z.string().nullable(),
      isResponsible: z.boolean(),
      personTenureType: ZPersonTenureType,
    }),
  ),
  rentAccount: z
    .object({
      id: ZId,
      rentAccountNumber: z.string(),
      balance: z.number(),
      status: z.string(),
      weeklyCharges: z.object({
        dwellingRent: z.number(),
        nonDwellingRent: z.number(),
        serviceCharges: z.number(),
        rentalServiceCharges: z.number(),
        total: z.number(),
      }),
    })
    .nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: ZActorStamp,
});
export type TTenure = z.infer<typeof ZTenure>;

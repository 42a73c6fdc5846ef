import { z } from "zod";
import { ZAssetSummary } from "../asset/asset.schemas.ts";
import { isoDate } from "../common/date.schemas.ts";
import { ZId, ZVersion, versionedChange } from "../common/primitives.schemas.ts";
import { optionalText } from "../common/text.schemas.ts";
import { ZActorStamp } from "../person/person.schemas.ts";

export const personTenureTypes = ["Tenant", "Leaseholder", "Freeholder", "HouseholdMember", "Occupant"] as const;
export const ZPersonTenureType = z.enum(personTenureTypes);

// Still exported here for @housing/schemas/tenure's importers; the asset schemas live in asset/.
export {
  ZAsset,
  ZAssetChanges,
  ZAssetSummary,
  ZCreateAssetInput,
  ZUpdateAssetInput,
  type TAsset,
  type TAssetChanges,
  type TCreateAssetInput,
} from "../asset/asset.schemas.ts";

/** The people a new tenure starts with: each once, named tenure holders (responsible) or not. */
export const ZNewHouseholdMembers = z
  .array(z.strictObject({ personId: ZId, isResponsible: z.boolean() }))
  .max(20, "A household can start with at most 20 people")
  .refine((members) => new Set(members.map((m) => m.personId)).size === members.length, "Choose each person once");

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
    householdMembers: ZNewHouseholdMembers.optional(),
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
export const ZUpdateTenureInput = versionedChange(ZTenureChanges);

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

/** Why a tenancy ended, as the council's housing management system records it. */
export const tenureEndReasons = [
  "Tenant gave notice",
  "Tenant died",
  "Transferred to another home",
  "Mutual exchange",
  "Eviction",
  "Abandoned",
  "Right to buy completed",
  "Other",
] as const;

export const ZEndTenureBody = z.strictObject({
  endOfTenureDate: isoDate("the end date"),
  terminationReason: z.enum(tenureEndReasons, { error: "Choose why the tenancy is ending" }),
});
export const ZEndTenureInput = ZEndTenureBody.extend({ id: ZId, version: ZVersion });
export type TEndTenureInput = z.infer<typeof ZEndTenureInput>;

export const ZTenureTypeList = z.object({
  results: z.array(z.object({ code: z.string(), description: z.string() })),
});
export type TTenureTypeList = z.infer<typeof ZTenureTypeList>;

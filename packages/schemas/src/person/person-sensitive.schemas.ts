import { z } from "zod";
import { ZServiceArea } from "../auth/auth.schemas.ts";
import { ZId, ZVersionOrZero } from "../common/primitives.schemas.ts";
import { freeText, optionalText, requiredText, storable } from "../common/text.schemas.ts";
import { ZActorStamp } from "./person.schemas.ts";

export const identificationTypes = [
  "NationalInsurance",
  "Passport",
  "DrivingLicence",
  "BirthCertificate",
  "BiometricResidencePermit",
  "EuSettledStatus",
  "Other",
] as const;
export const ZIdentificationType = z.enum(identificationTypes, {
  error: "Select an identification type from the list",
});

export const ZLanguage = z.strictObject({
  language: requiredText("a language", 60),
  isPrimary: z.boolean().default(false),
});

export const ZEqualityChanges = z.strictObject({
  gender: optionalText("a gender", 60).nullable(),
  nationality: optionalText("a nationality", 60).nullable(),
  ethnicity: optionalText("an ethnicity", 100).nullable(),
  languages: z.array(ZLanguage).max(10, "List at most 10 languages").optional(),
});
export type TEqualityChanges = z.output<typeof ZEqualityChanges>;

export const ZUpdateEqualityInput = z.strictObject({
  personId: ZId,
  /** The version last read; 0 when there was no equality information yet. */
  version: ZVersionOrZero,
  data: ZEqualityChanges,
});

export const ZIdentification = z.object({
  id: ZId,
  identificationType: ZIdentificationType,
  value: z.string(),
  isOriginalDocumentSeen: z.boolean(),
  linkToDocument: z.string().nullable(),
  createdAt: z.string(),
  createdBy: ZActorStamp,
});

export const ZEqualityInformation = z.object({
  personId: ZId,
  gender: z.string().nullable(),
  nationality: z.string().nullable(),
  ethnicity: z.string().nullable(),
  languages: z.array(z.object({ language: z.string(), isPrimary: z.boolean() })),
  identifications: z.array(ZIdentification),
  /** 0 until someone records equality information. */
  version: z.number().int(),
  modifiedAt: z.string().nullable(),
  modifiedBy: ZActorStamp.nullable(),
});
export type TEqualityInformation = z.infer<typeof ZEqualityInformation>;

export const ZAddIdentificationInput = z.strictObject({
  personId: ZId,
  identificationType: ZIdentificationType,
  value: requiredText("the document number", 60),
  isOriginalDocumentSeen: z.boolean().default(false),
  linkToDocument: storable(z.url("Enter a full web address").max(500), "the link to the document").optional(),
});

export const ZRemoveIdentificationInput = z.strictObject({
  personId: ZId,
  identificationId: ZId,
});

/** What one service area records about a person for its own work. */
export const ZServiceAreaDataContent = z.strictObject({
  communicationNeeds: optionalText("communication needs", 500),
  interpreterLanguage: optionalText("an interpreter language", 60),
  notes: freeText("notes", 4000).optional(),
});

export const ZServiceAreaData = z.object({
  personId: ZId,
  serviceArea: ZServiceArea,
  data: z.object({
    communicationNeeds: z.string().optional(),
    interpreterLanguage: z.string().optional(),
    notes: z.string().optional(),
  }),
  version: z.number().int(),
  modifiedAt: z.string(),
  modifiedBy: ZActorStamp,
});
export type TServiceAreaData = z.infer<typeof ZServiceAreaData>;

export const ZSaveServiceAreaDataInput = z.strictObject({
  personId: ZId,
  serviceArea: ZServiceArea,
  /** The version last read; 0 for a first record. */
  version: ZVersionOrZero,
  data: ZServiceAreaDataContent,
});

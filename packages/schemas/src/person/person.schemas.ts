import { z } from "zod";
import { isoDate, todayIsoDate } from "../common/date.schemas.ts";
import { ZId, ZIdInput, ZPageInput, idField, versionedChange } from "../common/primitives.schemas.ts";
import { whenAnObject } from "../common/cross-field.schemas.ts";
import { freeText, optionalText, requiredText, storable } from "../common/text.schemas.ts";

export const titles = ["Dr", "Master", "Miss", "Mr", "Mrs", "Ms", "Mx", "Other", "Rabbi", "Reverend"] as const;
export const ZTitle = z.enum(titles, { error: "Select a title from the list" });
export type TTitle = z.infer<typeof ZTitle>;

export const personTypes = [
  "Tenant",
  "HouseholdMember",
  "Leaseholder",
  "Freeholder",
  "Occupant",
  "HousingOfficer",
  "HousingAreaManager",
] as const;
export const ZPersonType = z.enum(personTypes, { error: "Select a person type from the list" });
export type TPersonType = z.infer<typeof ZPersonType>;

/** Staff records need no title or date of birth; residents do. */
export const staffPersonTypes: readonly TPersonType[] = ["HousingOfficer", "HousingAreaManager"];

const earliestDateOfBirth = "1900-01-01";
const nameMaxLength = 100;

const ZName = (label: string) => requiredText(label, nameMaxLength);
const ZOptionalName = (label: string) => optionalText(label, nameMaxLength);

/** A link to the person's record in another service; existing clients send `{ href, rel, type }`. */
export const ZPersonLinkInput = z
  .strictObject({
    /** The other service; when left out, the relation names it (rel "socialcare" → system "socialcare"). */
    system: requiredText("the system", 50).optional(),
    rel: requiredText("the relation", 50),
    href: storable(
      z.url({ protocol: /^https?$/, error: "Enter a full web address starting with https://" }).max(500),
      "the web address",
    ).optional(),
    externalId: optionalText("the id in that system", 100),
    // Links are for reading the other service's record.
    type: z.literal("GET", "A link's type can only be GET").optional(),
  })
  .transform(({ type: _type, system, ...link }) => ({ ...link, system: system ?? link.rel }));

export const ZPersonTenureLinkInput = z.strictObject({
  tenureId: idField("Enter a tenure id"),
  isResponsible: z.boolean().default(false),
});

const ZDateOfBirth = isoDate("a date of birth")
  .refine((date) => date <= todayIsoDate(), "This date cannot be in the future")
  .refine((date) => date >= earliestDateOfBirth, "Enter a date of birth after 1 January 1900");
const ZDateOfDeath = isoDate("a date of death").refine(
  (date) => date <= todayIsoDate(),
  "This date cannot be in the future",
);

/** The one cross-field date rule, for a create and for the merged result of an edit. */
export function deathPrecedesBirth(person: { dateOfBirth?: unknown; dateOfDeath?: unknown }): boolean {
  const { dateOfBirth, dateOfDeath } = person;
  return typeof dateOfBirth === "string" && typeof dateOfDeath === "string" && dateOfDeath < dateOfBirth;
}
export const deathBeforeBirthMessage = "The date of death cannot be before the date of birth";

const personFields = {
  title: ZTitle.optional(),
  preferredTitle: ZTitle.optional(),
  firstName: ZName("a first name"),
  middleName: ZOptionalName("a middle name"),
  surname: ZName("a last name"),
  preferredFirstName: ZOptionalName("a preferred first name"),
  preferredMiddleName: ZOptionalName("a preferred middle name"),
  preferredSurname: ZOptionalName("a preferred last name"),
  placeOfBirth: optionalText("a place of birth", 100),
  dateOfBirth: ZDateOfBirth.optional(),
  dateOfDeath: ZDateOfDeath.optional(),
};

export const ZCreatePersonInput = z
  .strictObject({
    id: ZId.optional(),
    ...personFields,
    personTypes: z.array(ZPersonType).min(1, "Select at least one person type").max(personTypes.length),
    reason: freeText("a reason for creating this record", 500),
    tenures: z.array(ZPersonTenureLinkInput).max(20).default([]),
    links: z.array(ZPersonLinkInput).max(50).default([]),
  })
  .superRefine((person, ctx) => {
    const addIssue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const types: unknown[] = Array.isArray(person.personTypes) ? person.personTypes : [];
    const isStaff = types.some((type) => staffPersonTypes.some((staffType) => staffType === type));
    if (!isStaff) {
      if (person.title === undefined) addIssue("title", "Select a title");
      if (person.dateOfBirth === undefined) addIssue("dateOfBirth", "Enter a date of birth");
    }
    if (deathPrecedesBirth(person)) addIssue("dateOfDeath", deathBeforeBirthMessage);
  }, whenAnObject);
export type TCreatePersonInput = z.input<typeof ZCreatePersonInput>;
export type TCreatePerson = z.output<typeof ZCreatePersonInput>;

/** Only the fields sent change; an explicit null clears an optional field. */
export const ZPersonChanges = z
  .strictObject({
    title: ZTitle.nullable(),
    preferredTitle: ZTitle.nullable(),
    firstName: ZName("a first name"),
    middleName: ZOptionalName("a middle name").nullable(),
    surname: ZName("a last name"),
    preferredFirstName: ZOptionalName("a preferred first name").nullable(),
    preferredMiddleName: ZOptionalName("a preferred middle name").nullable(),
    preferredSurname: ZOptionalName("a preferred last name").nullable(),
    placeOfBirth: optionalText("a place of birth", 100).nullable(),
    dateOfBirth: ZDateOfBirth.nullable(),
    dateOfDeath: ZDateOfDeath.nullable(),
  })
  .partial()
  .superRefine((changes, ctx) => {
    if (deathPrecedesBirth(changes)) {
      ctx.addIssue({ code: "custom", path: ["dateOfDeath"], message: deathBeforeBirthMessage });
    }
  }, whenAnObject);
export type TPersonChanges = z.output<typeof ZPersonChanges>;
export type TPersonChangesInput = z.input<typeof ZPersonChanges>;
export const editablePersonFields = Object.keys(ZPersonChanges.shape) as (keyof TPersonChanges)[];

export const ZUpdatePersonInput = versionedChange(ZPersonChanges);
export type TUpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

export const ZPersonId = ZIdInput;

export const ZActorStamp = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type TActorStamp = z.infer<typeof ZActorStamp>;

export const ZPersonTenure = z.object({
  id: ZId,
  type: z.string(),
  tenureTypeCode: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  isActive: z.boolean(),
  isResponsible: z.boolean(),
  paymentReference: z.string(),
  assetId: ZId,
  assetFullAddress: z.string(),
  uprn: z.string().nullable(),
  propertyReference: z.string(),
});
export type TPersonTenure = z.infer<typeof ZPersonTenure>;

export const ZPersonLink = z.object({
  id: ZId,
  system: z.string(),
  rel: z.string(),
  href: z.string().nullable(),
  externalId: z.string().nullable(),
  type: z.literal("GET"),
});

export const ZPerson = z.object({
  id: ZId,
  personRef: z.number().int(),
  title: ZTitle.nullable(),
  preferredTitle: ZTitle.nullable(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  surname: z.string(),
  preferredFirstName: z.string().nullable(),
  preferredMiddleName: z.string().nullable(),
  preferredSurname: z.string().nullable(),
  placeOfBirth: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  dateOfDeath: z.string().nullable(),
  isAMinor: z.boolean().nullable(),
  personTypes: z.array(ZPersonType),
  reason: z.string(),
  tenures: z.array(ZPersonTenure),
  links: z.array(ZPersonLink),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: ZActorStamp,
  modifiedAt: z.string(),
  modifiedBy: ZActorStamp,
});
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonSummary = ZPerson.pick({
  id: true,
  personRef: true,
  title: true,
  firstName: true,
  middleName: true,
  surname: true,
  dateOfBirth: true,
  personTypes: true,
});
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZFindPersonsInput = ZPageInput.extend({
  firstName: optionalText("a first name", nameMaxLength),
  lastName: optionalText("a last name", nameMaxLength),
  dateOfBirth: isoDate("a date of birth").optional(),
}).refine((query) => query.firstName || query.lastName || query.dateOfBirth, {
  message: "Give at least one of firstName, lastName or dateOfBirth",
  path: ["firstName"],
});
export type TFindPersonsInput = z.input<typeof ZFindPersonsInput>;

export const ZPersonPage = z.object({
  results: z.array(ZPersonSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ZDuplicateCheckInput = z.strictObject({
  firstName: ZName("a first name"),
  surname: ZName("a last name"),
  dateOfBirth: isoDate("a date of birth").optional(),
  tenureIds: z.array(ZId).max(20).default([]),
});
export type TDuplicateCheckInput = z.input<typeof ZDuplicateCheckInput>;

export const duplicateReasons = ["sameName", "similarName", "swappedNames", "sameDateOfBirth", "sameAddress"] as const;
export const ZDuplicateReason = z.enum(duplicateReasons);
export type TDuplicateReason = z.infer<typeof ZDuplicateReason>;

export const ZDuplicateCandidate = z.object({
  person: ZPersonSummary.extend({ addresses: z.array(z.string()) }),
  reasons: z.array(ZDuplicateReason),
  /** Human-readable: "Same name and date of birth". */
  explanation: z.string(),
  score: z.number(),
});
export const ZDuplicateCheckResult = z.object({ candidates: z.array(ZDuplicateCandidate) });
export type TDuplicateCheckResult = z.infer<typeof ZDuplicateCheckResult>;

export const ZFieldChange = z.object({ field: z.string(), oldValue: z.unknown(), newValue: z.unknown() });
export const ZActivity = z.object({
  id: ZId,
  eventType: z.string(),
  occurredAt: z.string(),
  user: ZActorStamp,
  entityId: ZId,
  sourceDomain: z.string(),
  /** Which record of the person's it was about, e.g. the phone number, when not the person itself. */
  subject: z.string().nullable(),
  changes: z.array(ZFieldChange),
});
export type TActivity = z.infer<typeof ZActivity>;
export const ZActivityPage = z.object({ results: z.array(ZActivity), total: z.number().int() });
export type TActivityPage = z.infer<typeof ZActivityPage>;
export const ZActivityInput = ZPageInput.extend({ id: ZId });
export type TActivityInput = z.infer<typeof ZActivityInput>;

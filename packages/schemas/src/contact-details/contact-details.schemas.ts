import { z } from "zod";
import { ZServiceArea } from "../auth/auth.schemas.ts";
import { whenAnObject } from "../common/cross-field.schemas.ts";
import { isoDate, todayIsoDate } from "../common/date.schemas.ts";
import { ZId, idField, versionedChange } from "../common/primitives.schemas.ts";
import { ZBooleanParam } from "../common/query-param.schemas.ts";
import { optionalText, storable } from "../common/text.schemas.ts";
import { normaliseEmail, normalisePhoneNumber, normaliseUkPostcode, ZUkPostcode } from "./contact-values.schemas.ts";
import { ZContactSubType, ZContactTargetType, ZContactType, subTypesFor } from "./contact-vocabulary.ts";

export { normaliseEmail, normalisePhoneNumber, normaliseUkPostcode, ZUkPostcode };

export * from "./contact-vocabulary.ts";
export * from "./contact-consent.schemas.ts";

export const ZAddressInput = z.strictObject({
  uprn: z
    .string()
    .regex(/^\d{1,12}$/, "A UPRN is up to 12 digits")
    .optional(),
  addressLine1: optionalText("the first line of the address", 200),
  addressLine2: optionalText("the second line of the address", 200),
  addressLine3: optionalText("the third line of the address", 200),
  addressLine4: optionalText("the fourth line of the address", 200),
  postCode: storable(z.string({ error: "Enter the postcode as text" }).max(10), "the postcode").optional(),
  isOverseasAddress: z.boolean().default(false),
  overseasAddress: optionalText("the overseas address", 500),
  country: optionalText("the country", 60),
});

const contactInformationFields = {
  contactType: ZContactType,
  subType: ZContactSubType,
  /** The phone number or email; for an address the server writes the one-line address. */
  value: storable(z.string({ error: "Enter the phone number or email as text" }).max(320), "the value").optional(),
  description: optionalText("a description", 500),
  addressExtended: ZAddressInput.optional(),
};
const ZContactInformationInput = z.strictObject(contactInformationFields);

type ContactInformationInput = Partial<z.output<typeof ZContactInformationInput>>;

// What the value rules read. A field that failed its own schema is left out of them (its own error
// says what is wrong), as is everything when the type is unknown, so they never see a "fax" or a number.
const ZCheckableContactInformation = z.object({
  contactType: contactInformationFields.contactType,
  subType: contactInformationFields.subType.optional().catch(undefined),
  value: contactInformationFields.value,
  addressExtended: contactInformationFields.addressExtended,
});
type ContactValue = { value: string; addressExtended: z.output<typeof ZAddressInput> | undefined };

/** Checks a contact's value against its type and normalises it; problems are paths under contactInformation. */
export function checkContactValue(info: ContactInformationInput): {
  problems: { path: string[]; message: string }[];
  normalised: ContactValue;
} {
  const problems: { path: string[]; message: string }[] = [];
  const problem = (path: string[], message: string) => problems.push({ path, message });
  let value = "";
  let address = info.addressExtended;
  if (info.contactType && info.subType && !subTypesFor[info.contactType].includes(info.subType)) {
    problem(["subType"], `A ${info.contactType} cannot have the sub-type ${info.subType}`);
  }
  if (info.contactType === "phone") {
    const phone = normalisePhoneNumber(info.value ?? "");
    if (phone.ok) value = phone.value;
    else problem(["value"], info.value ? phone.message : "Enter a phone number");
  } else if (info.contactType === "email") {
    const email = z.email().safeParse(info.value?.trim());
    if (email.success) value = normaliseEmail(email.data);
    else
      problem(
        ["value"],
        info.value ? "Enter an email address in the correct format, like name@example.com" : "Enter an email address",
      );
  } else if (info.contactType === "address") {
    if (!address) problem(["addressExtended"], "Enter the address");
    else if (address.isOverseasAddress) {
      if (!address.overseasAddress) problem(["addressExtended", "overseasAddress"], "Enter the overseas address");
      if (!address.country) problem(["addressExtended", "country"], "Enter the country");
    } else {
      if (!address.addressLine1) problem(["addressExtended", "addressLine1"], "Enter the first line of the address");
      const postcode = normaliseUkPostcode(address.postCode ?? "");
      if (!postcode) problem(["addressExtended", "postCode"], "Enter a real UK postcode, like E8 1DY");
      else address = { ...address, postCode: postcode };
    }
  }
  return { problems, normalised: { value, addressExtended: address } };
}

const ZTargetId = idField("The target id must be a UUID");

export const ZCreateContactDetailInput = z
  .strictObject({
    targetId: ZTargetId,
    targetType: ZContactTargetType,
    contactInformation: ZContactInformationInput,
    sourceServiceArea: z.strictObject({ area: ZServiceArea, isDefault: z.boolean().default(false) }),
    recordValidUntil: isoDate("the date the record is valid until")
      .refine((date) => date >= todayIsoDate(), "The valid-until date cannot be in the past")
      .optional(),
  })
  // Runs even when other fields failed, so one answer lists every problem.
  .superRefine((input, ctx) => {
    const info = ZCheckableContactInformation.safeParse(input.contactInformation);
    if (!info.success) return;
    for (const { path, message } of checkContactValue(info.data).problems) {
      ctx.addIssue({ code: "custom", path: ["contactInformation", ...path], message });
    }
  }, whenAnObject)
  .transform((input) => ({
    ...input,
    contactInformation: { ...input.contactInformation, ...checkContactValue(input.contactInformation).normalised },
  }));
export type TCreateContactDetailInput = z.input<typeof ZCreateContactDetailInput>;
export type TCreateContactDetail = z.output<typeof ZCreateContactDetailInput>;

/** The only things a change may touch: values are never overwritten (add a new record instead). */
export const ZContactDetailChanges = z.strictObject({
  isActive: z.boolean().optional(),
  sourceServiceArea: z.strictObject({ isDefault: z.boolean() }).optional(),
  contactInformation: z.strictObject({ description: optionalText("a description", 500).nullable() }).optional(),
});
export type TContactDetailChanges = z.output<typeof ZContactDetailChanges>;

export const ZUpdateContactDetailInput = versionedChange(ZContactDetailChanges);

export const ZContactDetailsQuery = z.strictObject({
  targetId: ZTargetId,
  includeHistoric: ZBooleanParam.default(false),
});

const ZStamp = z.object({ createdAt: z.string(), fullName: z.string(), emailAddress: z.string() });

export const ZConsent = z.object({
  id: ZId,
  grantedToArea: ZServiceArea,
  consentedBy: z.string(),
  grantedAt: z.string(),
  grantedBy: z.object({ fullName: z.string(), emailAddress: z.string() }),
  validUntil: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const ZContactDetail = z.object({
  id: ZId,
  targetId: ZId,
  targetType: ZContactTargetType,
  contactInformation: z.object({
    contactType: ZContactType,
    subType: ZContactSubType,
    value: z.string(),
    description: z.string().nullable(),
    addressExtended: z
      .object({
        uprn: z.string().nullable(),
        addressLine1: z.string().nullable(),
        addressLine2: z.string().nullable(),
        addressLine3: z.string().nullable(),
        addressLine4: z.string().nullable(),
        postCode: z.string().nullable(),
        isOverseasAddress: z.boolean(),
        overseasAddress: z.string().nullable(),
        country: z.string().nullable(),
      })
      .nullable(),
  }),
  sourceServiceArea: z.object({ area: ZServiceArea, isDefault: z.boolean() }),
  recordValidUntil: z.string().nullable(),
  /** False once marked historic or past its valid-until date. */
  isActive: z.boolean(),
  /** When it was marked historic, if it was. */
  endedAt: z.string().nullable(),
  /** Whether the caller's own service areas own it (and so may change it). */
  isOwnedByCaller: z.boolean(),
  consents: z.array(ZConsent),
  createdBy: ZStamp,
  lastModified: z.string(),
  version: z.number().int(),
});
export type TContactDetail = z.infer<typeof ZContactDetail>;

export const ZContactDetailList = z.object({ results: z.array(ZContactDetail) });

export const contactMethods = ["phone", "email", "post"] as const;
export const ZPreferredContactMethodInput = z.strictObject({
  personId: ZId,
  serviceArea: ZServiceArea,
  method: z.enum(contactMethods, { error: "Choose phone, email or post" }).nullable(),
});
export const ZPreferredContactMethods = z.array(
  z.object({ serviceArea: ZServiceArea, method: z.enum(contactMethods), modifiedAt: z.string() }),
);

export const ZAddressLookupQuery = z.strictObject({ postcode: ZUkPostcode });
export const ZAddressLookupResult = z.object({
  results: z.array(
    z.object({
      uprn: z.string().nullable(),
      assetId: ZId,
      addressLine1: z.string(),
      addressLine2: z.string().nullable(),
      addressLine3: z.string().nullable(),
      addressLine4: z.string().nullable(),
      postCode: z.string(),
      singleLineAddress: z.string(),
    }),
  ),
});

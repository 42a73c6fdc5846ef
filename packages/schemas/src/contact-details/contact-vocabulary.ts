import { z } from "zod";

// The words of contact details (types, sub-types, limits) without the rules for their values: the
// staff app's pages use these everywhere, while the phone number rules (libphonenumber's large
// metadata, in contact-values.schemas.ts) are loaded only with the contact details forms.

export const contactTargetTypes = ["person", "organisation", "tenure"] as const;
export const ZContactTargetType = z.enum(contactTargetTypes, { error: "Choose person, organisation or tenure" });

export const contactTypes = ["phone", "email", "address"] as const;
export const ZContactType = z.enum(contactTypes, { error: "Choose phone, email or address" });
export type TContactType = z.infer<typeof ZContactType>;

export const addressSubTypes = ["correspondenceAddress", "forwardingAddress"] as const;
/** Who or what a phone number or email is for; the relationship lives here, never in the value. */
export const personalSubTypes = [
  "mobile",
  "home",
  "work",
  "landline",
  "mainNumber",
  "emergencyContact",
  "carer",
  "wife",
  "husband",
  "spouse",
  "child",
  "sibling",
  "relative",
  "neighbour",
  "doctor",
  "socialWorker",
  "other",
] as const;
export const contactSubTypes = [...addressSubTypes, ...personalSubTypes] as const;
export const ZContactSubType = z.enum(contactSubTypes, { error: "Choose a sub-type from the list" });
export type TContactSubType = z.infer<typeof ZContactSubType>;

/** Sub-types that fit each contact type: an address cannot be "mobile", a phone not "forwardingAddress". */
export const subTypesFor: Record<TContactType, readonly TContactSubType[]> = {
  address: addressSubTypes,
  phone: personalSubTypes,
  email: personalSubTypes,
};

/** The most active phones, and emails, a target may have within one service area. */
export const activeContactLimit = 5;

import type { TServiceArea } from "@housing/schemas/auth";
import { type TContactSubType, type TContactType, subTypesFor } from "@housing/schemas/contact-vocabulary";

/** Sub-types as staff say them: "Emergency contact", never "emergencyContact". */
export const subTypeLabels: Record<TContactSubType, string> = {
  correspondenceAddress: "Correspondence address",
  forwardingAddress: "Forwarding address",
  mobile: "Mobile",
  home: "Home",
  work: "Work",
  landline: "Landline",
  mainNumber: "Main number",
  emergencyContact: "Emergency contact",
  carer: "Carer",
  wife: "Wife",
  husband: "Husband",
  spouse: "Spouse",
  child: "Child",
  sibling: "Sibling",
  relative: "Relative",
  neighbour: "Neighbour",
  doctor: "Doctor",
  socialWorker: "Social worker",
  other: "Other",
};

export const serviceAreaLabels: Record<TServiceArea, string> = {
  housing: "Housing",
  finance: "Finance",
  "social-care": "Social care",
};

/** An area inside a sentence: "for housing", "by social care". */
export function serviceAreaInSentence(area: TServiceArea): string {
  return serviceAreaLabels[area].toLowerCase();
}

type TContactTypeWords = {
  /** "phone number", as in "Mark this phone number as historic". */
  singular: string;
  plural: string;
  /** The heading of the group on the person page. */
  heading: string;
  addLabel: string;
};

export const contactTypeWords: Record<TContactType, TContactTypeWords> = {
  phone: {
    singular: "phone number",
    plural: "phone numbers",
    heading: "Phone numbers",
    addLabel: "Add a phone number",
  },
  email: {
    singular: "email address",
    plural: "email addresses",
    heading: "Email addresses",
    addLabel: "Add an email address",
  },
  address: { singular: "address", plural: "addresses", heading: "Addresses", addLabel: "Add an address" },
};

// Kinds of line a phone has; an email address is never a mobile or a landline.
const phoneOnlySubTypes: readonly TContactSubType[] = ["mobile", "landline", "mainNumber"];

/** The sub-types the add form offers for a type, in the schema's order, with their labels. */
export function subTypeOptionsFor(contactType: TContactType): { value: TContactSubType; label: string }[] {
  return subTypesFor[contactType]
    .filter((subType) => contactType !== "email" || !phoneOnlySubTypes.includes(subType))
    .map((subType) => ({ value: subType, label: subTypeLabels[subType] }));
}

/**
 * A stored E.164 number as people write it: UK numbers in their national groups ("07700 900123",
 * "020 7946 0123", "0113 496 0123"); other countries' numbers as stored, with their country code.
 */
export function formatPhoneNumber(e164: string): string {
  const uk = /^\+44(\d{10})$/.exec(e164);
  if (uk === null) return e164;
  const national = `0${uk[1] ?? ""}`;
  const group = (...sizes: number[]) => {
    const parts: string[] = [];
    let start = 0;
    for (const size of sizes) {
      parts.push(national.slice(start, start + size));
      start += size;
    }
    return parts.join(" ");
  };
  if (/^02/.test(national)) return group(3, 4, 4);
  if (/^01\d1|^011/.test(national) || /^0[389]/.test(national)) return group(4, 3, 4);
  return group(5, 6);
}

import { parsePhoneNumberWithError } from "libphonenumber-js/max";
import { z } from "zod";

// Phone numbers, email addresses and UK postcodes: how each is checked, and the one way each is written.

const ukPostcodePattern = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/;

/** "e81dy", "E8 1DY", " e8  1dy " → "E8 1DY"; undefined when it is not a UK postcode shape. */
export function normaliseUkPostcode(input: string): string | undefined {
  const match = input.trim().toUpperCase().match(ukPostcodePattern);
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/** A Unique Property Reference Number: the same rule for a contact's address and a property's. */
export const ZUprn = z.string().regex(/^\d{1,12}$/, "A UPRN is up to 12 digits");

export const ZUkPostcode = z.string({ error: "Enter a postcode" }).transform((value, ctx) => {
  const postcode = normaliseUkPostcode(value);
  if (!postcode) {
    ctx.addIssue({ code: "custom", message: "Enter a real UK postcode, like E8 1DY" });
    return z.NEVER;
  }
  return postcode;
});

// Ofcom reserves 07700 900000–900999 for fiction; the numbering library calls them unallocated,
// but trainers, testers and the demo data need mobiles that can never ring anyone.
const ofcomDramaMobiles = /^\+447700900\d{3}$/;

/**
 * A phone number as digits (spaces, brackets and dashes allowed between them), UK by default or
 * international with its +country code; stored in E.164, e.g. +447700900123.
 */
export function normalisePhoneNumber(input: string): { ok: true; value: string } | { ok: false; message: string } {
  const trimmed = input.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) {
    return {
      ok: false,
      message: "Enter a phone number using digits only; put who it belongs to in the sub-type and description",
    };
  }
  try {
    const number = parsePhoneNumberWithError(trimmed.replace(/^00/, "+"), "GB");
    if (ofcomDramaMobiles.test(number.number)) return { ok: true, value: number.number };
    if (!number.isValid())
      return { ok: false, message: "Enter a real phone number, like 07700 900123 or +33 1 23 45 67 89" };
    return { ok: true, value: number.number };
  } catch {
    return { ok: false, message: "Enter a real phone number, like 07700 900123 or +33 1 23 45 67 89" };
  }
}

/** The mailbox as typed, the domain lower-cased (domains are case-insensitive, mailboxes need not be). */
export function normaliseEmail(input: string): string {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf("@");
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

import { parsePhoneNumberWithError } from "libphonenumber-js/max";

// Phone numbers and email addresses: how each is checked, and the one way each is written. Postcodes and
// UPRNs are in address-values.schemas.ts, apart from the phone rules (libphonenumber's large metadata),
// so a page that shows properties does not load them.

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

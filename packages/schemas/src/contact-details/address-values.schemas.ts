import { z } from "zod";

// UK postcodes and UPRNs: how each is checked, and the one way each is written, for a contact's address
// and a property's alike.

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

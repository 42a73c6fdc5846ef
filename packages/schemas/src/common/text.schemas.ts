import { z } from "zod";

// Markup an attacker could smuggle into pages or reports: a tag, comment, closing tag or
// processing instruction opener, or an HTML character reference.
const markupPattern = /<[a-zA-Z!/?]|&#/;
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const controlCharacterPattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Single-line fields refuse line breaks too.
const lineBreakPattern = /[\r\n]/;

function plainText(label: string, maxLength: number, options: { multiline: boolean }) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .max(maxLength, `${capitalise(label)} must be ${maxLength} characters or fewer`)
    .refine((value) => !markupPattern.test(value), `${capitalise(label)} must not contain markup such as < or &#`)
    .refine(
      (value) => !controlCharacterPattern.test(value) && (options.multiline || !lineBreakPattern.test(value)),
      `${capitalise(label)} must not contain control characters`,
    );
}

/** A required single line of plain text: trimmed, not empty, no markup or control characters. */
export function requiredText(label: string, maxLength: number) {
  return plainText(label, maxLength, { multiline: false }).min(1, `Enter ${label}`);
}

/** An optional single line; an empty string counts as absent. */
export function optionalText(label: string, maxLength: number) {
  return plainText(label, maxLength, { multiline: false })
    .transform((value) => value || undefined)
    .optional();
}

/** Free text that may span lines (notes, reasons). */
export function freeText(label: string, maxLength: number) {
  return plainText(label, maxLength, { multiline: true }).min(1, `Enter ${label}`);
}

function capitalise(label: string): string {
  const bare = label.replace(/^(a|an|the) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

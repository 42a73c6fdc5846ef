import { z } from "zod";

// Markup an attacker could smuggle into pages or reports: a tag, comment, closing tag or
// processing instruction opener, or an HTML character reference.
export const markupPattern = /<[a-zA-Z!/?]|&#/;
// Control characters but tab and line breaks, which some fields take. NUL is left to the storable
// check below, so that one character gets one message.
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const controlCharacterPattern = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const lineBreakPattern = /[\r\n]/;
// Half of a surrogate pair: JSON can carry one ("\ud800"), but it is no character and PostgreSQL cannot store it.
const loneSurrogatePattern = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for text PostgreSQL cannot store: a NUL character or a lone UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !loneSurrogatePattern.test(value);
}

function brokenCharacterMessage(label: string): string {
  return `${capitalise(label)} must not contain control characters or broken characters (half of an emoji or symbol)`;
}

/**
 * Refuses, naming the field, what PostgreSQL cannot store. Every text schema below has it; a string
 * field that is not one of them (a URL, a value checked by its own rules) takes it from here.
 */
export function storable<T extends z.ZodType<string, string>>(schema: T, label: string): T {
  return schema.refine(isStorableText, brokenCharacterMessage(label));
}

/** Which control characters a field takes: free text line breaks and tabs, a single line tabs, search text neither. */
type AllowedControls = { lineBreaks: boolean; tabs: boolean };

function hasControlCharacter(value: string, allowed: AllowedControls): boolean {
  return (
    controlCharacterPattern.test(value) ||
    (!allowed.lineBreaks && lineBreakPattern.test(value)) ||
    (!allowed.tabs && value.includes("\t"))
  );
}

/**
 * Safe text: refuses, naming the field, markup, control characters (but those `allowed`) and what
 * PostgreSQL cannot store. The text schemas below are built on it, and so is a text with rules of its
 * own, such as search text.
 */
export function safeText<T extends z.ZodType<string, string>>(schema: T, label: string, allowed: AllowedControls): T {
  return storable(
    schema
      .refine((value) => !markupPattern.test(value), `${capitalise(label)} must not contain markup such as < or &#`)
      .refine(
        (value) => !hasControlCharacter(value, allowed),
        `${capitalise(label)} must not contain control characters`,
      ),
    label,
  );
}

function plainText(label: string, maxLength: number, options: { multiline: boolean }) {
  return safeText(
    z
      .string({ error: `Enter ${label}` })
      .trim()
      .max(maxLength, `${capitalise(label)} must be ${maxLength} characters or fewer`),
    label,
    { lineBreaks: options.multiline, tabs: true },
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

/** What an officer typed into the three boxes of a GOV.UK date input, exactly as typed. */
export type TDateParts = { day: string; month: string; year: string };

export type TDatePart = keyof TDateParts;

export const emptyDateParts: TDateParts = { day: "", month: "", year: "" };

const datePartNames: readonly TDatePart[] = ["day", "month", "year"];

/** The boxes of a yyyy-MM-dd date, without leading zeros as people type them; empty for null. */
export function datePartsFromIsoDate(isoDate: string | null | undefined): TDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? "");
  if (match === null) return emptyDateParts;
  const [, year = "", month = "", day = ""] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function datePartsAreEmpty(parts: TDateParts): boolean {
  return datePartNames.every((part) => parts[part].trim() === "");
}

// Shaped like yyyy-MM-dd and inside every range rule, but on no calendar: the schema says only "not a real date".
const notARealDate = "2000-02-30";

/**
 * The yyyy-MM-dd the boxes spell, or undefined when all three are empty. Nothing is checked here:
 * 31/2/2020 becomes "2020-02-31", and boxes that cannot make a date at all (a letter, a missing box,
 * a two-digit year) become a date that is not real, so the shared schema reports every problem in
 * its own words, exactly as the API would.
 */
export function isoDateFromParts(parts: TDateParts): string | undefined {
  if (datePartsAreEmpty(parts)) return undefined;
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return notARealDate;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** The boxes left empty in a date that was started, in the order people read them. */
export function missingDateParts(parts: TDateParts): TDatePart[] {
  if (datePartsAreEmpty(parts)) return [];
  return datePartNames.filter((part) => parts[part].trim() === "");
}

function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

/**
 * The GOV.UK wording for a half-filled date ("Date of birth must include a month and year"), which
 * says more than the schema's "as yyyy-mm-dd"; undefined when no box is missing.
 */
export function incompleteDateMessage(label: string, parts: TDateParts): string | undefined {
  const missing = missingDateParts(parts);
  if (missing.length === 0) return undefined;
  return `${label} must include a ${listOf(missing)}`;
}

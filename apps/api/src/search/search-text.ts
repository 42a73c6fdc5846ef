/** Lower case, accents removed, anything but letters and digits a word break: "Zoë O'Brien" → ["zoe", "o", "brien"]. */
export function searchWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/'/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const outwardCode = /^[a-z]{1,2}\d[a-z\d]?$/;
const inwardCode = /^\d[a-z]{2}$/;

/** "E8 1DY" and "e81dy" both give the one word "e81dy", so postcodes match with or without their space. */
export function postcodeWords(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const outward = words[i] ?? "";
    const inward = words[i + 1] ?? "";
    if (outwardCode.test(outward) && inwardCode.test(inward)) joined.push(`${outward}${inward}`);
  }
  return joined;
}

/** An email or a phone number typed with spaces is also looked for whole. */
function wholeValueTerms(searchText: string): string[] {
  const trimmed = searchText.trim().toLowerCase();
  if (/^[^\s@]+@[^\s@]+$/.test(trimmed)) return [trimmed];
  const digits = trimmed.replace(/[\s()+-]/g, "");
  if (!/^\d{7,15}$/.test(digits)) return [];
  return digits.startsWith("44") ? [digits, `0${digits.slice(2)}`] : [digits];
}

export type QueryTerm = {
  term: string;
  maxTypos: number;
  allowPrefix: boolean;
  /** Only ranks the documents the other words find, never finds one by itself (a full name: `fullNameTerm`). */
  ranksOnly?: boolean;
};

/**
 * A person's first name and surname, in that order, as one indexed term, and the query's words as
 * one term to match it: "Lee Smith" ranks Mr Lee Smith above Mr Gary Lee Smith, whose Lee is a
 * middle name. It starts with characters no query word has, so no word reaches it by its prefix or
 * within two typos.
 */
export const fullNameTerm = (words: readonly string[]) => `::: ${words.join(" ")}`;

const isNumber = (word: string) => /^\d+$/.test(word);
const isEmail = (word: string) => word.includes("@");

/**
 * Numbers (references, UPRNs, phone numbers) and email addresses match exactly or by their start,
 * never by spelling; nor does a full name term, which only ranks.
 */
const fullNameStart = fullNameTerm([]);
export const canBeMisspelt = (word: string) => !isNumber(word) && !isEmail(word) && !word.startsWith(fullNameStart);

/**
 * The words that look for contact details: those that could be part of a phone number or an email
 * address. A name's prefix ("mar") would otherwise drag in a thousand addresses to check for
 * visibility, for people its name words find anyway.
 */
export const contactDetailTerms = (terms: readonly QueryTerm[]) =>
  terms.filter((t) => isNumber(t.term) || isEmail(t.term));

const maxQueryTerms = 10;
const maxTermLength = 40;

/**
 * A number this short is a house or flat number, matched exactly: as the start of a reference or
 * UPRN it says next to nothing, yet a prefix match on an identifier would outrank the address it
 * names ("12 mare street" must not rank a payment reference starting 12 above 12 Mare Street).
 */
const shortNumber = /^\d{1,3}$/;
export const isHouseNumber = (word: string) => shortNumber.test(word);

/** A whole UK postcode as one word ("e97nq"): it means that postcode, never a near one or a longer one. */
const fullPostcode = /^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$/;
export const isFullPostcode = (word: string) => fullPostcode.test(word);

/** The start of an inward code ("7", "7n"), as the last word typed after an outward code: "E9 7" looks for E9 7…. */
const partialInwardCode = /^\d[a-z]?$/;

/** "E9 7" at the end of a query: one word, "e97", matched as a postcode's start (not "e9" and house number 7). */
function partialPostcode(words: readonly string[]): string | undefined {
  const outward = words.at(-2) ?? "";
  const inward = words.at(-1) ?? "";
  return outwardCode.test(outward) && partialInwardCode.test(inward) ? `${outward}${inward}` : undefined;
}

/**
 * Typos allowed in a query word: none in short words, numbers, email addresses, or anything with a
 * digit in it (postcodes, references, UPRNs: E9 7NQ must not find E9 7EQ); more in longer words.
 */
function typosAllowed(term: string): number {
  if (!canBeMisspelt(term) || /\d/.test(term) || term.length < 4) return 0;
  return term.length < 7 ? 1 : 2;
}

/**
 * The words to look for: a postcode written with its space is one word, and a full postcode
 * matches exactly (an outward code, or one followed by the start of its inward code, as a prefix);
 * numbers match exactly or (from four digits) as a prefix, never by spelling; longer words tolerate
 * more typos.
 */
export function queryTerms(searchText: string): QueryTerm[] {
  const words = searchWords(searchText).map((word) => word.slice(0, maxTermLength));
  const partial = postcodeWords(words).length === 0 ? partialPostcode(words) : undefined;
  const postcodes = partial ? [partial] : postcodeWords(words);
  const inPostcode = new Set<number>();
  if (partial) inPostcode.add(words.length - 2).add(words.length - 1);
  words.forEach((word, i) => {
    if (postcodes.includes(`${word}${words[i + 1] ?? ""}`)) inPostcode.add(i).add(i + 1);
  });
  const terms = [...wholeValueTerms(searchText), ...postcodes, ...words.filter((_, i) => !inPostcode.has(i))];
  return [
    ...[...new Set(terms)].slice(0, maxQueryTerms).map((term) => ({
      term,
      maxTypos: typosAllowed(term),
      allowPrefix: !isHouseNumber(term) && !isFullPostcode(term),
    })),
    ...fullNameTerms(words),
  ];
}

/** A name's words: two to six words of letters only ("lee smith", "mary ann van der berg"). */
const fullNameWords = { min: 2, max: 6 };

/** The query's words as one full name (`fullNameTerm`), when they could be one: ranks, never finds. */
function fullNameTerms(words: readonly string[]): QueryTerm[] {
  if (words.length < fullNameWords.min || words.length > fullNameWords.max) return [];
  if (!words.every((word) => /^\p{L}+$/u.test(word))) return [];
  return [{ term: fullNameTerm(words), maxTypos: 0, allowPrefix: false, ranksOnly: true }];
}

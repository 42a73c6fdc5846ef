import { type SearchIndexName, type SearchTermRecord, UnsupportedSearchQuery } from "../search-engine.port.ts";

/** tsvector weight labels, highest first. */
export const weightLabels = ["A", "B", "C", "D"] as const;
export type WeightLabel = (typeof weightLabels)[number];

/**
 * The label each of the projection's field weights is stored with, and back: identifier (10) A,
 * name (5) B, address (3) C, other (1) D. A weight with no label is refused when written.
 */
export const weightOfLabel: Record<WeightLabel, number> = { A: 10, B: 5, C: 3, D: 1 };
const labelOfWeight = new Map(weightLabels.map((label) => [weightOfLabel[label], label]));

function weightLabel(weight: number): WeightLabel {
  const label = labelOfWeight.get(weight);
  if (!label) throw new Error(`The PostgreSQL engine stores no field weight ${weight}`);
  return label;
}

/** The weight labels a query may match: those of its field restriction, or all. */
export function allowedLabels(termWeights: readonly number[] | undefined): WeightLabel[] {
  if (!termWeights) return [...weightLabels];
  const labels = weightLabels.filter((label) => termWeights.includes(weightOfLabel[label]));
  if (labels.length === 0) throw new UnsupportedSearchQuery("lookUpType", "No field of the index has these weights");
  return labels;
}

// A lexeme may be at most 2 kB; no query word comes near this, so its start is all that can match.
const maxLexemeChars = 500;
// The last position a tsvector has: later words share it, which changes nothing for search.
const maxPosition = 16_383;

/** A document word as the PostgreSQL engine stores it (in its tsvector and its vocabulary). */
export const lexeme = (term: string) =>
  term.length <= maxLexemeChars ? term : [...term].slice(0, maxLexemeChars).join("");

/** A lexeme quoted for tsvector and tsquery input: inside quotes only a quote and a backslash are special. */
const quoted = (word: string) => `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/**
 * Where an index keeps a word's field. GIN indexes lexemes, not the labels on their positions, so a
 * search kept to one field reads every document with the word in any field and drops the others
 * row by row. Rent accounts are always looked up in one field (a tenant's name, an address, a
 * reference), so theirs is in the lexeme itself ("B|green"): at 1,000,000 persons "green" as a
 * tenant's name read 10,478 pages to keep 4,530 of 14,919 accounts (Green Lane, Bethnal Green),
 * and 959 pages so. The other indexes are mostly searched in every field, which one lexeme for a
 * word serves better.
 */
export type FieldPlace = "lexeme" | "position";
export const fieldPlaceOf = (index: SearchIndexName): FieldPlace => (index === "accounts" ? "lexeme" : "position");

/** The start of a lexeme of a word in the field of `label`, when fields are in lexemes ("B|green"). */
const labelPrefix = (label: WeightLabel) => `${label}|`;

/**
 * How a query asks for words in the fields of `labels` (all when empty): the starts put before each
 * word (one per field when fields are in lexemes, else none) and the suffix after it (":*" for a
 * prefix, then the labels when fields are on positions). Fixed parts only.
 */
export function queryWordForm(
  prefix: boolean,
  labels: readonly WeightLabel[],
  place: FieldPlace,
): { starts: readonly string[]; suffix: string } {
  if (place === "lexeme") {
    return { starts: (labels.length > 0 ? labels : weightLabels).map(labelPrefix), suffix: prefix ? ":*" : "" };
  }
  const suffix = prefix || labels.length > 0 ? `:${prefix ? "*" : ""}${labels.join("")}` : "";
  return { starts: [""], suffix };
}

/**
 * The tsvector literal of a document's words but those of contact details (kept apart, see
 * SearchContactTerm). With fields on positions, each word gets a position of its own with its
 * field's label, and a word indexed in two fields is there twice, once with each label; with fields
 * in lexemes, each is a lexeme of its own.
 */
export function wordsVector(terms: readonly SearchTermRecord[], place: FieldPlace): string {
  const entries: string[] = [];
  for (const { term, weight, contactDetailId } of terms) {
    if (contactDetailId !== undefined || term === "") continue;
    entries.push(
      place === "lexeme"
        ? quoted(`${labelPrefix(weightLabel(weight))}${lexeme(term)}`)
        : `${quoted(lexeme(term))}:${Math.min(entries.length + 1, maxPosition)}${weightLabel(weight)}`,
    );
  }
  return entries.join(" ");
}

/**
 * The tsquery literal matching any of `words` in the fields of `labels` (all when empty), each as a
 * quoted lexeme in the form of `queryWordForm`. Passed as a parameter, it costs the planner next to
 * nothing (the database's search_words_query does the same for words known only as a query runs).
 */
export function wordsQueryText(
  words: readonly string[],
  prefix: boolean,
  labels: readonly WeightLabel[],
  place: FieldPlace,
): string {
  const { starts, suffix } = queryWordForm(prefix, labels, place);
  return words.flatMap((word) => starts.map((start) => `${quoted(`${start}${lexeme(word)}`)}${suffix}`)).join(" | ");
}

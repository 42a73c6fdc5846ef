import { startsWithPattern } from "../../kernel/like-pattern.ts";
import { type SearchIndexName, searchIndexNames } from "../search-engine.port.ts";
import type { QueryTerm } from "../search-text.ts";
import {
  type FieldPlace,
  type WeightLabel,
  allowedLabels,
  queryWordForm,
  weightOfLabel,
  wordsQueryText,
} from "./postgres-words.ts";

export type SqlQuery = { text: string; values: unknown[] };

export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The index's name as a literal, not a parameter: each index is a partition of its own with its own
 * GIN index (prisma/database-rules.sql), and the planner leaves the others out for a literal.
 */
export function indexLiteral(index: SearchIndexName): string {
  if (!searchIndexNames.includes(index)) throw new Error(`No search index ${String(index)}`);
  return `'${index}'`;
}

// Exact beats prefix beats a near spelling; the field weight (identifier, name, address) multiplies.
const matchScore = { exact: 3, prefix: 2, fuzzy: 1 } as const;

/**
 * A tsquery matching any of the words of text array `words` (SQL), known only as the query runs:
 * `search_words_query` quotes each one as a lexeme, in the form of `queryWordForm` (fixed parts only).
 */
export function runtimeWordsQuery(
  words: string,
  prefix: boolean,
  labels: readonly WeightLabel[],
  place: FieldPlace,
): string {
  const { starts, suffix } = queryWordForm(prefix, labels, place);
  const startedWords =
    place === "lexeme"
      ? `ARRAY(SELECT s || w FROM unnest(${words}) AS w, unnest('{${starts.join(",")}}'::text[]) AS s)`
      : words;
  return `search_words_query(${startedWords}, '${suffix}')`;
}

/** A tsquery parameter matching any of `words` (see `wordsQueryText`). */
export const wordsQuery = (
  params: Params,
  words: readonly string[],
  prefix: boolean,
  labels: readonly WeightLabel[],
  place: FieldPlace,
) => `${params.add(wordsQueryText(words, prefix, labels, place))}::tsquery`;

/** The weight labels written into a query: none when the query searches every field. */
export const queryLabels = (termWeights: readonly number[] | undefined): WeightLabel[] =>
  termWeights ? allowedLabels(termWeights) : [];

/**
 * The tsquery finding documents with query word `term` (its start when it allows a prefix: through
 * `prefixWords`, the indexed words it starts, when known) or one of its near spellings, in the
 * fields of `termWeights`.
 */
export function wordQuery(
  params: Params,
  term: QueryTerm,
  fuzzy: readonly string[],
  termWeights: readonly number[] | undefined,
  place: FieldPlace,
  prefixWords?: readonly string[] | null,
): string {
  const labels = queryLabels(termWeights);
  const own =
    prefixWords && prefixWords.length > 0
      ? wordsQueryText(prefixWords, false, labels, place)
      : wordsQueryText([term.term], term.allowPrefix, labels, place);
  return `${params.add(fuzzy.length === 0 ? own : `${own} | ${wordsQueryText(fuzzy, false, labels, place)}`)}::tsquery`;
}

/**
 * How well document words `words` match query word `term`, as the best of its matches: exact beats
 * prefix beats a near spelling (one starting with the word counts as a prefix), times the field's
 * weight. One tsquery per way and label, tried best first, so most documents stop at the first.
 */
export function wordScore(
  params: Params,
  term: QueryTerm,
  fuzzy: readonly string[],
  termWeights: readonly number[] | undefined,
  place: FieldPlace,
  words: string,
  prefixWords?: readonly string[] | null,
): string {
  const startsAlike = fuzzy.filter((f) => f.startsWith(term.term));
  const others = fuzzy.filter((f) => !f.startsWith(term.term));
  const startWords = term.allowPrefix ? [term.term] : startsAlike;
  const ways = allowedLabels(termWeights).flatMap((label) => {
    const weight = weightOfLabel[label];
    return [
      { score: weight * matchScore.exact, query: wordsQuery(params, [term.term], false, [label], place) },
      ...(startWords.length > 0
        ? [
            {
              score: weight * matchScore.prefix,
              query: wordsQuery(params, startWords, term.allowPrefix, [label], place),
            },
          ]
        : []),
      ...(others.length > 0
        ? [{ score: weight * matchScore.fuzzy, query: wordsQuery(params, others, false, [label], place) }]
        : []),
    ];
  });
  const best = ways.sort((a, b) => b.score - a.score);
  // Most documents a query finds lack most of its words: one test of the word's whole query
  // settles those, before the ways are tried one by one on the rest.
  return `CASE WHEN ${words} @@ ${wordQuery(params, term, fuzzy, termWeights, place, prefixWords)} THEN CASE ${best.map((way) => `WHEN ${words} @@ ${way.query} THEN ${way.score}`).join(" ")} ELSE 0 END ELSE 0 END`;
}

/**
 * The contact-detail words `c` matching query word `term` or one of near spellings `fuzzy` (a text
 * array in SQL), in the fields asked for.
 */
export function contactWordCondition(
  params: Params,
  term: QueryTerm,
  fuzzy: string | undefined,
  termWeights: readonly number[] | undefined,
): string {
  const own = term.allowPrefix
    ? `c.term LIKE ${params.add(startsWithPattern(term.term))}`
    : `c.term = ${params.add(term.term)}`;
  const near = fuzzy ? ` OR c.term = ANY(${fuzzy})` : "";
  const fields = termWeights ? ` AND c.weight = ANY(${params.add([...termWeights])}::int[])` : "";
  return `(${own}${near})${fields}`;
}

/** The best score of query word `term` among the visible contact-detail words `c` of document `d`. */
export function contactWordScore(params: Params, term: QueryTerm, scope: string, matches: string): string {
  const word = params.add(term.term);
  return `coalesce((SELECT max(c.weight * CASE WHEN c.term = ${word} THEN ${matchScore.exact}
      WHEN starts_with(c.term, ${word}) THEN ${matchScore.prefix} ELSE ${matchScore.fuzzy} END)
    FROM "SearchContactTerm" c WHERE ${scope} AND c."documentId" = d.id AND ${matches}), 0)`;
}

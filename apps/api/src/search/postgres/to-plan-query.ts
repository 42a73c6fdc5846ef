import { startsWithPattern } from "../../kernel/like-pattern.ts";
import type { SearchQuery } from "../search-engine.port.ts";
import { type QueryTerm, contactDetailTerms } from "../search-text.ts";
import {
  Params,
  type SqlQuery,
  contactWordCondition,
  indexLiteral,
  queryLabels,
  runtimeWordsQuery,
  wordsQuery,
} from "./postgres-word-match.ts";
import { type FieldPlace, fieldPlaceOf } from "./postgres-words.ts";

/**
 * Common words, as in Elasticsearch's common-terms query: a query word whose matches (exact,
 * prefix and near spellings) reach this many documents ("london", "flat", "road") only adds to the
 * score of documents that the query's rarer words find; it does not add documents by itself. When
 * every word of a query is common, every word finds documents as usual, so "london" alone still
 * finds everything that contains it. The cutoff is absolute because the cost of a word is the
 * number of documents it drags in, however large the index; counting stops at the cutoff.
 */
export const commonTermPostings = 2_000;

const unionAll = "\n      UNION ALL\n      ";

/** Every word made by swapping two adjacent, different letters of `word`: each one typo away from it. */
export function adjacentSwaps(word: string): string[] {
  const chars = [...word];
  const swapped = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    if (chars[i] === chars[i + 1]) continue;
    swapped.add([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(""));
  }
  return [...swapped];
}

/**
 * A word's 25 nearest indexed spellings within its typo allowance, counted as optimal string
 * alignment (`search_osa_distance`: a swap of two adjacent letters is one typo, as Elasticsearch's
 * fuzzy query counts with transpositions). Candidates are the vocabulary's trigram neighbours and,
 * looked up exactly, the word's adjacent swaps: a swap changes most trigrams of a short word
 * ("amhed" shares two of six with "ahmed"). Levenshtein, at most twice the OSA distance, is the
 * cheap filter before the exact one.
 */
function nearSpellings(params: Params, term: QueryTerm, word: string): string {
  const maxTypos = `${params.add(term.maxTypos)}::int`;
  return `SELECT coalesce(array_agg(v.term ORDER BY v.distance, v.term), '{}') FROM (
            SELECT term, distance FROM (
              SELECT term, search_osa_distance(term, ${word}) AS distance FROM (
                SELECT term FROM "SearchVocabulary" WHERE term % ${word}
                UNION
                SELECT term FROM "SearchVocabulary" WHERE term = ANY(${params.add(adjacentSwaps(term.term))}::text[])
              ) candidates
              WHERE term <> ${word} AND levenshtein(term, ${word}) <= 2 * ${maxTypos}
              OFFSET 0
            ) near
            WHERE distance <= ${maxTypos}
            ORDER BY 2, 1 LIMIT 25) v`;
}

/** The tsquery of a word and its near spellings (`f.fuzzy`, known only as the plan query runs). */
function wordAndNearQuery(
  params: Params,
  term: QueryTerm,
  termWeights: readonly number[] | undefined,
  place: FieldPlace,
): string {
  const labels = queryLabels(termWeights);
  const own = wordsQuery(params, [term.term], term.allowPrefix, labels, place);
  // No near spelling gives no query (NULL): the word's own then.
  return `coalesce(${own} || ${runtimeWordsQuery("f.fuzzy", false, labels, place)}, ${own})`;
}

/** SQL: the vocabulary's version (see VocabularyLookupsByWord), 0 before any word was indexed. */
export const vocabularyVersion = `coalesce((SELECT version FROM "SearchVocabularyVersion"), 0)`;

/**
 * A prefix word with at most this many indexed words starting with it finds documents through
 * those words themselves (see `prefixWords`).
 */
export const maxPrefixWords = 64;

/** A prefix word of letters: the indexed words it starts may be few enough to find documents through. */
export const mayFindThroughPrefixWords = (term: QueryTerm) => term.allowPrefix && /^\p{L}+$/u.test(term.term);

/**
 * The indexed words starting with a prefix word of letters (null when there are more than
 * `maxPrefixWords`): GIN reads every posting of a prefix ("flat":*, 330,000 addresses at
 * 1,000,000 persons) before it can intersect it with the query's other words, but skips through
 * the postings of whole words. A query of common words ("Flat 9, Eaton House") then takes 3 ms, not
 * 90; a prefix alone gathers its documents in half the time ("lan", 71,000 persons: 40 ms, not 80). The vocabulary holds every document word but numbers and emails (canBeMisspelt), so a prefix
 * of letters finds the same documents through it.
 */
function prefixWords(params: Params, term: QueryTerm): string {
  return `SELECT CASE WHEN count(*) <= ${maxPrefixWords} THEN array_agg(v.term) END FROM (
            SELECT term FROM "SearchVocabulary" WHERE term LIKE ${params.add(startsWithPattern(term.term))}
            LIMIT ${maxPrefixWords + 1}) v`;
}

/** A word's look-ups on the vocabulary, as made at one version of it. */
export type VocabularyLookups = { vocabulary: string; fuzzy: string[]; prefixWords: string[] | null };

/**
 * A vocabulary look-up (`lookUp`, a scalar subquery), or its answer as remembered when the vocabulary
 * is still at the version it was looked up at: PostgreSQL runs a subquery only for the branch of a
 * CASE taken, so a remembered word costs no look-up.
 */
function lookedUp(params: Params, lookUp: string, remembered: VocabularyLookups | undefined, answer: unknown): string {
  if (!remembered) return `(${lookUp})`;
  return `CASE WHEN s.vocabulary = ${params.add(remembered.vocabulary)}::bigint THEN ${params.add(answer)}::text[] ELSE (${lookUp}) END`;
}

/**
 * `postings` is null for a word not counted; `prefixWords` is null unless `prefixWords` found few;
 * `vocabulary` is the version of the vocabulary the look-ups were made at (a bigint, as text).
 */
export type PlanRow = {
  generation: number;
  vocabulary: string;
  fuzzy: string[];
  postings: number | null;
  contactIds: string[];
  prefixWords: string[] | null;
};

/**
 * Everything a search needs to know before its main query, in one round trip: the generation that
 * answers, each word's near spellings from the trigram vocabulary (or as `remembered`, when the
 * vocabulary has not changed since), how many documents the word matches (counted up to
 * `commonTermPostings`, to tell common words), and the contact details whose words it matches
 * (persons only), which the caller then filters by visibility. One row per word, in query order.
 */
export function toPlanQuery(
  { index, terms, termWeights }: Pick<SearchQuery, "index" | "terms" | "termWeights">,
  cutoff = commonTermPostings,
  counted: readonly boolean[] = terms.map(() => true),
  remembered: readonly (VocabularyLookups | undefined)[] = [],
): SqlQuery {
  const params = new Params();
  const indexName = indexLiteral(index);
  const contactWords = new Set(contactDetailTerms(terms));
  const branches = terms.map((term, i) => {
    const word = `${params.add(term.term)}::text`;
    const known = remembered[i];
    const fuzzy =
      term.maxTypos === 0 ? `'{}'::text[]` : lookedUp(params, nearSpellings(params, term, word), known, known?.fuzzy);
    const startedWords = mayFindThroughPrefixWords(term)
      ? lookedUp(params, prefixWords(params, term), known, known?.prefixWords)
      : "NULL::text[]";
    const contacts =
      index === "persons" && contactWords.has(term)
        ? `(SELECT coalesce(array_agg(DISTINCT c."contactDetailId"), '{}') FROM (
            SELECT c."contactDetailId" FROM "SearchContactTerm" c
            WHERE c."indexName" = ${indexName} AND c.generation = s.generation
              AND ${contactWordCondition(params, term, "f.fuzzy", termWeights)}
            LIMIT 1000) c)`
        : `'{}'::uuid[]`;
    // A word is common only by the documents the query can match: those with it in the fields searched.
    const postings = counted[i]
      ? `(SELECT count(*)::int FROM (
          SELECT 1 FROM "SearchDocument" d
          WHERE d."indexName" = ${indexName} AND d.generation = s.generation
            AND d.words @@ q.matching
          LIMIT ${params.add(cutoff)}::int) n)`
      : "NULL::int";
    // The near spellings are looked up once, and the word's tsquery built once: OFFSET 0 keeps the
    // planner from folding either into its uses, each of which did the work again (the tsquery was
    // built again for every document counted: a third of a plan's time).
    const matching = counted[i]
      ? ` CROSS JOIN LATERAL (SELECT ${wordAndNearQuery(params, term, termWeights, fieldPlaceOf(index))} AS matching OFFSET 0) q`
      : "";
    return `SELECT ${i} AS i, ${word} AS word, s.generation, s.vocabulary, f.fuzzy, ${postings} AS postings,
        ${contacts}::text[] AS "contactIds", ${startedWords} AS "prefixWords"
      FROM state s CROSS JOIN LATERAL (SELECT ${fuzzy} AS fuzzy OFFSET 0) f${matching}`;
  });
  return {
    text: `WITH state AS MATERIALIZED (
      SELECT coalesce((SELECT "activeGeneration" FROM "SearchIndexState" WHERE "indexName" = ${indexName}), 1) AS generation,
        ${vocabularyVersion} AS vocabulary
    )
    SELECT generation, vocabulary::text, fuzzy, postings, "contactIds", "prefixWords" FROM (
      ${branches.join(unionAll)}
    ) p ORDER BY i`,
    values: params.values,
  };
}

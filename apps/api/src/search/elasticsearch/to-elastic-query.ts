import type { estypes } from "@elastic/elasticsearch";
import {
  type CursorQuery,
  type SearchFilters,
  type SearchQuery,
  UnsupportedSearchQuery,
} from "../search-engine.port.ts";
import { type QueryTerm, contactDetailTerms } from "../search-text.ts";

type Query = estypes.QueryDslQueryContainer;

/** Where to search and which contact details the caller may see (found beforehand, as on PostgreSQL). */
export type ElasticPlan = { alias: string; visibleContactIds: readonly string[] };

// Exact beats prefix beats a near spelling; the field weight (identifier, name, address) multiplies.
// The same numbers as the PostgreSQL engine, so both rank alike.
export const matchScore = { exact: 3, prefix: 2, fuzzy: 1 } as const;

/**
 * What one matched query word adds to a document's score before its match score. A word scores at
 * most 3 × 10 (exact identifier), 10 words and a full name at most 330, so any document matching more words scores
 * above every document matching fewer: `_score` orders by (words matched, match score) in one number,
 * as PostgreSQL orders by `matched DESC, score DESC`. Scores stay small integers, exact in a float.
 */
export const matchedWordScore = 1000;

/** Deep paging past this is refused by the cluster (index.max_result_window); cursors have no limit. */
export const maxResultWindow = 10_000;

const returnedFields = ["document"];

/** A nested `terms` entry of this word's weight times the kind of match it is. */
function scoredAs(kind: keyof typeof matchScore, query: Query): Query {
  return {
    function_score: {
      query,
      functions: [{ field_value_factor: { field: "terms.weight", factor: matchScore[kind], missing: 1 } }],
      boost_mode: "replace",
    },
  };
}

/** The ways one word can match one indexed word: exactly, as a prefix, within its typo allowance. */
function wordMatchers(term: QueryTerm): { exact: Query; prefix?: Query; fuzzy?: Query } {
  return {
    exact: { term: { "terms.term": term.term } },
    ...(term.allowPrefix ? { prefix: { match: { "terms.term.prefix": { query: term.term } } } } : {}),
    ...(term.maxTypos > 0
      ? {
          fuzzy: {
            fuzzy: {
              "terms.term": {
                value: term.term,
                fuzziness: Math.min(term.maxTypos, 2),
                // Two swapped adjacent letters are one edit (optimal string alignment), as
                // PostgreSQL's search_osa_distance counts, over the 25 nearest indexed words, as
                // PostgreSQL's vocabulary look-up takes.
                transpositions: true,
                prefix_length: 0,
                max_expansions: 25,
              },
            },
          },
        }
      : {}),
  };
}

/** Words without a contact detail, or whose contact detail the caller may see. */
function visibleTerms(visibleContactIds: readonly string[]): Query {
  const withoutContact: Query = { bool: { must_not: [{ exists: { field: "terms.contactDetailId" } }] } };
  if (visibleContactIds.length === 0) return withoutContact;
  return {
    bool: {
      should: [withoutContact, { terms: { "terms.contactDetailId": [...visibleContactIds] } }],
      minimum_should_match: 1,
    },
  };
}

/**
 * One query word: the best of its exact, prefix and near-spelling matches over the document's
 * visible words of the fields searched (dis_max of the three, max over the nested words), plus
 * `matchedWordScore`.
 */
export function wordClause(
  term: QueryTerm,
  visibleContactIds: readonly string[],
  termWeights?: readonly number[],
): Query {
  const { exact, prefix, fuzzy } = wordMatchers(term);
  const best: Query = {
    dis_max: {
      queries: [
        scoredAs("exact", exact),
        ...(prefix ? [scoredAs("prefix", prefix)] : []),
        ...(fuzzy ? [scoredAs("fuzzy", fuzzy)] : []),
      ],
      tie_breaker: 0,
    },
  };
  return {
    function_score: {
      query: {
        nested: {
          path: "terms",
          score_mode: "max",
          query: {
            bool: {
              must: [best],
              filter: [
                visibleTerms(visibleContactIds),
                ...(termWeights ? [{ terms: { "terms.weight": [...termWeights] } }] : []),
              ],
            },
          },
        },
      },
      functions: [{ weight: matchedWordScore }],
      boost_mode: "sum",
    },
  };
}

export function filterClauses(filters: SearchFilters): Query[] {
  const clauses: Query[] = [];
  const { types, excludeWhenOnly, isActive } = filters;
  if (types && types.length > 0) clauses.push({ terms: { types: [...types] } });
  if (excludeWhenOnly && excludeWhenOnly.length > 0) {
    // Keep documents with at least one type outside the list; none at all counts as "all within"
    // (PostgreSQL's NOT (types <@ list)). No query clause says "some value not in a list", so a script.
    clauses.push({
      script: {
        script: {
          lang: "painless",
          source: "for (def value : doc['types']) { if (!params.only.contains(value)) { return true; } } return false;",
          params: { only: [...excludeWhenOnly] },
        },
      },
    });
  }
  if (isActive !== undefined) clauses.push({ term: { isActive } });
  return clauses;
}

/**
 * Documents matching at least one word and every filter, scored as `wordClause` describes. A term
 * that only ranks (a full name) adds to the score of the documents the words find, as on PostgreSQL.
 */
export function matchingDocuments(
  query: Pick<SearchQuery, "terms" | "termWeights" | "filters">,
  plan: ElasticPlan,
): Query {
  const clause = (term: QueryTerm) => wordClause(term, plan.visibleContactIds, query.termWeights);
  const finding = query.terms.filter((term) => term.ranksOnly !== true);
  const ranking = query.terms.filter((term) => term.ranksOnly === true);
  const words: Query = {
    bool: {
      should: (finding.length > 0 ? finding : ranking).map(clause),
      // With filter clauses present, should clauses are optional unless this says otherwise.
      minimum_should_match: 1,
      filter: filterClauses(query.filters),
    },
  };
  if (finding.length === 0 || ranking.length === 0) return words;
  // The words must match; the ranking terms' should clauses then only add to the score.
  return { bool: { must: [words], should: ranking.map(clause) } };
}

export function sortFor(query: Pick<SearchQuery, "sort" | "isDesc">): estypes.SortCombinations[] {
  const order = query.isDesc ? "desc" : "asc";
  /**
   * Text, then the numbers in it as numbers (Flat 9 before Flat 10), then id for a stable order.
   * The text is folded by the projection (Çelik as celik); a keyword sorts byte by byte, as
   * PostgreSQL's `COLLATE "C"` does.
   */
  const naturalOrder = (way: "asc" | "desc"): estypes.SortCombinations[] => [
    { sortText: { order: way } },
    { sortNumber: { order: way, missing: "_first" } },
    { sortSubNumber: { order: way, missing: "_first" } },
    { id: { order: "asc" } },
  ];
  switch (query.sort) {
    case "relevance":
      // Equally good matches in natural order, as the PostgreSQL engine gives them.
      return [{ _score: { order: "desc" } }, ...naturalOrder("asc")];
    case "text":
      return naturalOrder(order);
    // Equal dates or amounts (a block let on one day) in natural order too, as on PostgreSQL.
    case "date":
      return [{ sortDate: { order, missing: "_last" } }, ...naturalOrder("asc")];
    case "amount":
      return [{ sortAmount: { order, missing: "_last" } }, ...naturalOrder("asc")];
    default:
      throw new UnsupportedSearchQuery("sortBy", `The Elasticsearch engine cannot sort by ${String(query.sort)}`);
  }
}

/** A page of the best (or sorted) matches, with the exact total of all matches. */
export function toElasticQuery(query: SearchQuery, plan: ElasticPlan): estypes.SearchRequest {
  const from = (query.page - 1) * query.pageSize;
  if (from + query.pageSize > maxResultWindow) {
    throw new UnsupportedSearchQuery(
      "page",
      `Pages reach only the first ${maxResultWindow} matches here; narrow the search or read them all with the cursor`,
    );
  }
  return {
    index: plan.alias,
    query: matchingDocuments(query, plan),
    sort: sortFor(query),
    from,
    size: query.pageSize,
    track_total_hits: true,
    _source: returnedFields,
    // An index never built answers with nothing, as an empty PostgreSQL index does.
    ignore_unavailable: true,
  };
}

/** Every match in id order after a cursor: bulk reading with no depth limit. */
export function toElasticCursorQuery(query: CursorQuery, plan: ElasticPlan): estypes.SearchRequest {
  return {
    index: plan.alias,
    query: matchingDocuments(query, plan),
    sort: [{ id: { order: "asc" } }],
    ...(query.after ? { search_after: [query.after] } : {}),
    size: query.pageSize,
    track_total_hits: false,
    _source: returnedFields,
    ignore_unavailable: true,
  };
}

/** Aggregation path of the contact-detail ids in a `toContactCandidatesQuery` answer. */
export type ContactCandidateAggregations = {
  contactTerms: { matching: { ids: { buckets: { key: string }[] } } };
};

/**
 * Contact-detail ids whose words match the query, for the visibility check before the search
 * (the same first step as PostgreSQL's, so search never leaks a number or an email).
 */
export function toContactCandidatesQuery(
  query: Pick<SearchQuery, "terms">,
  plan: Pick<ElasticPlan, "alias">,
): estypes.SearchRequest {
  const contactWord: Query = {
    bool: {
      filter: [{ exists: { field: "terms.contactDetailId" } }],
      should: contactDetailTerms(query.terms).flatMap((term) => Object.values(wordMatchers(term))),
      minimum_should_match: 1,
    },
  };
  return {
    index: plan.alias,
    size: 0,
    query: { nested: { path: "terms", query: contactWord } },
    aggs: {
      contactTerms: {
        nested: { path: "terms" },
        aggs: {
          matching: { filter: contactWord, aggs: { ids: { terms: { field: "terms.contactDetailId", size: 1000 } } } },
        },
      },
    },
    ignore_unavailable: true,
  };
}

/** Every string in a query (the caller's words, contact ids) as "…"; its structure, fields and settings as they are. */
function withoutWords(value: unknown): unknown {
  if (typeof value === "string") return "…";
  if (Array.isArray(value)) return value.map(withoutWords);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutWords(inner)]));
  }
  return value;
}

/** A search request as logs may show it: a name, phone number or email searched for is personal data. */
export function loggableElasticQuery(request: estypes.SearchRequest): string {
  return JSON.stringify({ ...request, query: withoutWords(request.query) });
}

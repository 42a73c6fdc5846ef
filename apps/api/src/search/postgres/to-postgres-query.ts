import { startsWithPattern } from "../../kernel/like-pattern.ts";
import { type CursorQuery, type SearchQuery, UnsupportedSearchQuery } from "../search-engine.port.ts";
import { type QueryTerm, contactDetailTerms } from "../search-text.ts";

export type SqlQuery = { text: string; values: unknown[] };
export type PostgresPlan = {
  generation: number;
  fuzzy: readonly string[][];
  contactIds: readonly string[];
  /** Per query word: matches so many postings that it only scores documents other words found. */
  common?: readonly boolean[];
};

/**
 * Common words, as in Elasticsearch's common-terms query: a query word whose matches (exact,
 * prefix and near spellings) reach this many postings ("london", "flat", "road") only adds to the
 * score of documents that the query's rarer words find; it does not add documents by itself. When
 * every word of a query is common, every word finds documents as usual, so "london" alone still
 * finds everything that contains it. The cutoff is absolute because the cost of a word is the
 * number of postings it drags in, however large the index; counting stops at the cutoff, so
 * telling a common word costs at most that many index entries.
 */
export const commonTermPostings = 2_000;

// Exact beats prefix beats a near spelling; the field weight (identifier, name, address) multiplies.
const matchScore = { exact: 3, prefix: 2, fuzzy: 1 } as const;

const unionAll = "\n      UNION ALL\n      ";

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** How well posting `t` matches query word `exact`: exact beats prefix beats a near spelling, times the field weight. */
const scoreOf = (exact: string) => `t.weight * CASE
              WHEN t.term = ${exact} THEN ${matchScore.exact}
              WHEN starts_with(t.term, ${exact}) THEN ${matchScore.prefix}
              ELSE ${matchScore.fuzzy} END`;

/** Restricts postings `t` to the query's field weights, when it names any. */
function weightCondition(params: Params, termWeights: readonly number[] | undefined): string[] {
  return termWeights ? [`t.weight = ANY(${params.add([...termWeights])}::int[])`] : [];
}

/**
 * One branch per query word, each able to use the (indexName, generation, term) btree for the
 * exact word and its prefix, so a query costs a few index range scans however large the index.
 * Common words (see `commonTermPostings`) are instead looked up in the postings of each document
 * the other words found, through the (indexName, generation, documentId) btree, so their long
 * posting lists are read whole only when that is cheaper than looking each found document up.
 */
function termBranches(
  params: Params,
  { index, terms, termWeights }: Pick<SearchQuery, "index" | "terms" | "termWeights">,
  plan: PostgresPlan,
): string {
  const indexParam = params.add(index);
  const generationParam = params.add(plan.generation);
  const contactParam = params.add(plan.contactIds);
  const visible = [
    `(t."contactDetailId" IS NULL OR t."contactDetailId" = ANY(${contactParam}::uuid[]))`,
    ...weightCondition(params, termWeights),
  ].join(" AND ");
  const common = terms.map((_, i) => plan.common?.[i] === true);
  const scoreOnly = common.some((c) => !c) ? common : common.map(() => false);
  const wordCondition = (term: QueryTerm, i: number, exact: string) => {
    const fuzzy = plan.fuzzy[i] ?? [];
    return [
      term.allowPrefix ? `t.term LIKE ${params.add(startsWithPattern(term.term))}` : `t.term = ${exact}`,
      ...(fuzzy.length > 0 ? [`t.term = ANY(${params.add(fuzzy)}::text[])`] : []),
    ];
  };
  /** A word's best match in each document, from one index range scan per way of matching. */
  const wordHits = (term: QueryTerm, i: number, onlyIn: string) => {
    const exact = params.add(term.term);
    // Each way of matching is its own index range scan: an OR of them would defeat the index.
    const postings = wordCondition(term, i, exact)
      .map(
        (way) => `SELECT t."documentId", ${scoreOf(exact)} AS score
            FROM "SearchTerm" t
            WHERE t."indexName" = ${indexParam} AND t.generation = ${generationParam} AND ${way}
              AND ${visible}${onlyIn}`,
      )
      .join(" UNION ALL ");
    return `SELECT "documentId", max(score) AS score FROM (${postings}) p${i} GROUP BY "documentId"`;
  };
  const finding = terms.flatMap((term, i) => (scoreOnly[i] ? [] : [wordHits(term, i, "")]));
  // The planner either reads a common word's postings whole and keeps those of found documents,
  // or looks each found document up, whichever its statistics say is cheaper.
  const found = ` AND t."documentId" IN (SELECT "documentId" FROM found_hits)`;
  const scoring = terms.flatMap((term, i) => (scoreOnly[i] ? [wordHits(term, i, found)] : []));
  if (scoring.length === 0)
    return `hits AS (
      ${finding.join(unionAll)}
    )`;
  return `found_hits AS MATERIALIZED (
      ${finding.join(unionAll)}
    ), hits AS (
      SELECT "documentId", score FROM found_hits
      UNION ALL
      ${scoring.join(unionAll)}
    )`;
}

function filterClauses(params: Params, query: Pick<SearchQuery, "filters">): string[] {
  const clauses: string[] = [];
  const { types, excludeWhenOnly, isActive } = query.filters;
  if (types && types.length > 0) clauses.push(`d.types && ${params.add([...types])}::text[]`);
  if (excludeWhenOnly && excludeWhenOnly.length > 0)
    clauses.push(`NOT (d.types <@ ${params.add([...excludeWhenOnly])}::text[])`);
  if (isActive !== undefined) clauses.push(`d."isActive" = ${params.add(isActive)}`);
  return clauses;
}

/** The ranking columns the page query carries, so the documents are fetched for the page only. */
const rankColumns = `m.matched, m.score, d."sortText", d."sortNumber", d."sortSubNumber", d."sortDate", d."sortAmount"`;

/** The order of a query's results, over table `m` (matches) and `d` (documents) or the page `p` carrying both. */
function orderBy(query: SearchQuery, tables: { m: string; d: string } = { m: "m", d: "d" }): string {
  const direction = query.isDesc ? "DESC" : "ASC";
  const { m, d } = tables;
  /**
   * Text, then the numbers in it as numbers (Flat 9 before Flat 10), then id for a stable order.
   * The text is folded by the projection (Çelik as celik) and compared byte by byte, as
   * Elasticsearch compares keywords, whatever the database's own collation.
   */
  const naturalOrder = (way: "ASC" | "DESC") =>
    `${d}."sortText" COLLATE "C" ${way}, ${d}."sortNumber" ${way} NULLS FIRST, ${d}."sortSubNumber" ${way} NULLS FIRST, ${d}.id`;
  switch (query.sort) {
    case "relevance":
      // Equally good matches in natural order: Flat 9 before Flat 10.
      return `${m}.matched DESC, ${m}.score DESC, ${naturalOrder("ASC")}`;
    case "text":
      return naturalOrder(direction);
    // Equal dates or amounts (a block let on one day) in natural order too.
    case "date":
      return `${d}."sortDate" ${direction} NULLS LAST, ${naturalOrder("ASC")}`;
    case "amount":
      return `${d}."sortAmount" ${direction} NULLS LAST, ${naturalOrder("ASC")}`;
    default:
      throw new UnsupportedSearchQuery("sortBy", `The PostgreSQL engine cannot sort by ${String(query.sort)}`);
  }
}

function matchedDocuments(
  params: Params,
  query: Pick<SearchQuery, "index" | "terms" | "termWeights" | "filters">,
  plan: PostgresPlan,
) {
  const branches = termBranches(params, query, plan);
  const indexParam = params.add(query.index);
  const generationParam = params.add(plan.generation);
  const where = [`d."indexName" = ${indexParam}`, `d.generation = ${generationParam}`, ...filterClauses(params, query)];
  const cte = `WITH ${branches}, matched AS (
      SELECT "documentId" AS id, count(*)::int AS matched, sum(score)::int AS score FROM hits GROUP BY "documentId"
    )`;
  return {
    from: `FROM matched m JOIN "SearchDocument" d ON d.id = m.id AND ${where.join(" AND ")}`,
    /**
     * Ranks and pages ids first and reads whole documents for the page only: carrying every
     * match's document through the sort made large result sets spill to disk.
     */
    documentsOf: (page: string, order: string) => `${cte}, page AS (
      ${page}
    )
    SELECT d.document, p.total
    FROM page p JOIN "SearchDocument" d ON d."indexName" = ${indexParam} AND d.generation = ${generationParam} AND d.id = p.id
    ORDER BY ${order}`,
  };
}

/** A page of the best (or sorted) matches, with the exact total of all matches. */
export function toPostgresQuery(query: SearchQuery, plan: PostgresPlan): SqlQuery {
  const params = new Params();
  const { from, documentsOf } = matchedDocuments(params, query, plan);
  const limit = params.add(query.pageSize);
  const offset = params.add((query.page - 1) * query.pageSize);
  return {
    text: documentsOf(
      `SELECT d.id, ${rankColumns}, count(*) OVER ()::int AS total
      ${from}
      ORDER BY ${orderBy(query)}
      LIMIT ${limit} OFFSET ${offset}`,
      orderBy(query, { m: "p", d: "p" }),
    ),
    values: params.values,
  };
}

/** Every match in id order after a cursor: bulk reading with no depth limit. */
export function toPostgresCursorQuery(query: CursorQuery, plan: PostgresPlan): SqlQuery {
  const params = new Params();
  const { from, documentsOf } = matchedDocuments(params, query, plan);
  const after = query.after ? ` WHERE d.id > ${params.add(query.after)}::uuid` : "";
  const limit = params.add(query.pageSize);
  return {
    text: documentsOf(
      `SELECT d.id, 0 AS total
      ${from}${after}
      ORDER BY d.id
      LIMIT ${limit}`,
      "p.id",
    ),
    values: params.values,
  };
}

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
  return `SELECT coalesce(array_agg(v.term ORDER BY v.distance, v.term), '{}') AS fuzzy FROM (
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

export type PlanRow = { generation: number; fuzzy: string[]; postings: number; contactIds: string[] };

/**
 * Everything a search needs to know before its main query, in one round trip: the generation that
 * answers, each word's near spellings from the trigram vocabulary, how many postings the word
 * matches (counted up to `commonTermPostings`, to tell common words), and the contact details whose
 * words it matches (persons only), which the caller then filters by visibility. One row per word,
 * in query order.
 */
export function toPlanQuery(
  { index, terms, termWeights }: Pick<SearchQuery, "index" | "terms" | "termWeights">,
  cutoff = commonTermPostings,
): SqlQuery {
  const params = new Params();
  const indexParam = `${params.add(index)}::text`;
  const limitParam = `${params.add(cutoff)}::int`;
  // A word is common only by the postings the query can match: those of the fields it searches.
  const inFields = weightCondition(params, termWeights)
    .map((condition) => ` AND ${condition}`)
    .join("");
  const contactWords = new Set(contactDetailTerms(terms));
  const branches = terms.map((term, i) => {
    const word = `${params.add(term.term)}::text`;
    const fuzzy = term.maxTypos === 0 ? `SELECT '{}'::text[] AS fuzzy` : nearSpellings(params, term, word);
    const own = term.allowPrefix ? `t.term LIKE ${params.add(startsWithPattern(term.term))}::text` : `t.term = ${word}`;
    const scope = `t."indexName" = ${indexParam} AND t.generation = s.generation${inFields}`;
    const contacts =
      index === "persons" && contactWords.has(term)
        ? `(SELECT coalesce(array_agg(DISTINCT c."contactDetailId"), '{}') FROM (
            SELECT t."contactDetailId" FROM "SearchTerm" t WHERE ${scope} AND t."contactDetailId" IS NOT NULL AND ${own}
            UNION ALL
            SELECT t."contactDetailId" FROM "SearchTerm" t WHERE ${scope} AND t."contactDetailId" IS NOT NULL AND t.term = ANY(f.fuzzy)
            LIMIT 1000) c)`
        : `'{}'::uuid[]`;
    return `SELECT ${i} AS i, ${word} AS word, s.generation, f.fuzzy,
        (SELECT count(*)::int FROM (
          SELECT 1 FROM "SearchTerm" t WHERE ${scope} AND ${own}
          UNION ALL
          SELECT 1 FROM "SearchTerm" t WHERE ${scope} AND t.term = ANY(f.fuzzy)
          LIMIT ${limitParam}) n) AS postings,
        ${contacts}::text[] AS "contactIds"
      FROM state s CROSS JOIN LATERAL (${fuzzy}) f`;
  });
  return {
    text: `WITH state AS MATERIALIZED (
      SELECT coalesce((SELECT "activeGeneration" FROM "SearchIndexState" WHERE "indexName" = ${indexParam}), 1) AS generation
    )
    SELECT generation, fuzzy, postings, "contactIds" FROM (
      ${branches.join(unionAll)}
    ) p ORDER BY i`,
    values: params.values,
  };
}

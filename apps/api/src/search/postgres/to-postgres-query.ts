import { type CursorQuery, type SearchQuery, UnsupportedSearchQuery } from "../search-engine.port.ts";
import type { QueryTerm } from "../search-text.ts";

export type SqlQuery = { text: string; values: unknown[] };
export type PostgresPlan = { generation: number; fuzzy: readonly string[][]; contactIds: readonly string[] };

// Exact beats prefix beats a near spelling; the field weight (identifier, name, address) multiplies.
const matchScore = { exact: 3, prefix: 2, fuzzy: 1 } as const;

export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * One branch per query word, each able to use the (indexName, generation, term) btree for the
 * exact word and its prefix, so a query costs a few index range scans however large the index.
 */
function termBranches(params: Params, index: string, terms: readonly QueryTerm[], plan: PostgresPlan): string {
  const indexParam = params.add(index);
  const generationParam = params.add(plan.generation);
  const contactParam = params.add(plan.contactIds);
  return terms
    .map((term, i) => {
      const exact = params.add(term.term);
      // Each way of matching is its own index range scan: an OR of them would defeat the index.
      const ways = [
        term.allowPrefix ? `t.term LIKE ${params.add(`${escapeLike(term.term)}%`)}` : `t.term = ${exact}`,
        ...((plan.fuzzy[i] ?? []).length > 0 ? [`t.term = ANY(${params.add(plan.fuzzy[i])}::text[])`] : []),
      ];
      const postings = ways
        .map(
          (way) => `SELECT t."documentId", t.weight * CASE
              WHEN t.term = ${exact} THEN ${matchScore.exact}
              WHEN starts_with(t.term, ${exact}) THEN ${matchScore.prefix}
              ELSE ${matchScore.fuzzy} END AS score
            FROM "SearchTerm" t
            WHERE t."indexName" = ${indexParam} AND t.generation = ${generationParam} AND ${way}
              AND (t."contactDetailId" IS NULL OR t."contactDetailId" = ANY(${contactParam}::uuid[]))`,
        )
        .join(" UNION ALL ");
      return `SELECT "documentId", max(score) AS score FROM (${postings}) p${i} GROUP BY "documentId"`;
    })
    .join("\n      UNION ALL\n      ");
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

function orderBy(query: SearchQuery): string {
  const direction = query.isDesc ? "DESC" : "ASC";
  switch (query.sort) {
    case "relevance":
      return `m.matched DESC, m.score DESC, d."sortText", d.id`;
    case "text":
      return `d."sortText" ${direction}, d."sortNumber" ${direction} NULLS FIRST, d."sortSubNumber" ${direction} NULLS FIRST, d.id`;
    case "date":
      return `d."sortDate" ${direction} NULLS LAST, d.id`;
    default:
      throw new UnsupportedSearchQuery(`The PostgreSQL engine cannot sort by ${String(query.sort)}`);
  }
}

function matchedDocuments(params: Params, query: Pick<SearchQuery, "index" | "terms" | "filters">, plan: PostgresPlan) {
  const branches = termBranches(params, query.index, query.terms, plan);
  const where = [
    `d."indexName" = ${params.add(query.index)}`,
    `d.generation = ${params.add(plan.generation)}`,
    ...filterClauses(params, query),
  ];
  return {
    cte: `WITH hits AS (
      ${branches}
    ), matched AS (
      SELECT "documentId" AS id, count(*)::int AS matched, sum(score)::int AS score FROM hits GROUP BY "documentId"
    )`,
    from: `FROM matched m JOIN "SearchDocument" d ON d.id = m.id AND ${where.join(" AND ")}`,
  };
}

/** A page of the best (or sorted) matches, with the exact total of all matches. */
export function toPostgresQuery(query: SearchQuery, plan: PostgresPlan): SqlQuery {
  const params = new Params();
  const { cte, from } = matchedDocuments(params, query, plan);
  const limit = params.add(query.pageSize);
  const offset = params.add((query.page - 1) * query.pageSize);
  return {
    text: `${cte}
    SELECT d.document, count(*) OVER ()::int AS total
    ${from}
    ORDER BY ${orderBy(query)}
    LIMIT ${limit} OFFSET ${offset}`,
    values: params.values,
  };
}

/** Every match in id order after a cursor: bulk reading with no depth limit. */
export function toPostgresCursorQuery(query: CursorQuery, plan: PostgresPlan): SqlQuery {
  const params = new Params();
  const { cte, from } = matchedDocuments(params, query, plan);
  const after = query.after ? ` WHERE d.id > ${params.add(query.after)}::uuid` : "";
  const limit = params.add(query.pageSize);
  return {
    text: `${cte}
    SELECT d.document, 0 AS total
    ${from}${after}
    ORDER BY d.id
    LIMIT ${limit}`,
    values: params.values,
  };
}

/** Contact-detail ids whose words match the query, for the visibility check before the search. */
export function toContactCandidatesQuery(
  index: string,
  terms: readonly QueryTerm[],
  plan: Omit<PostgresPlan, "contactIds">,
): SqlQuery {
  const params = new Params();
  const indexParam = params.add(index);
  const generationParam = params.add(plan.generation);
  const branches = terms.map((term, i) => {
    const fuzzy = params.add([term.term, ...(plan.fuzzy[i] ?? [])]);
    const prefix = params.add(`${escapeLike(term.term)}%`);
    return `SELECT "contactDetailId" FROM "SearchTerm"
      WHERE "indexName" = ${indexParam} AND generation = ${generationParam} AND "contactDetailId" IS NOT NULL
        AND (term = ANY(${fuzzy}::text[]) OR term LIKE ${prefix})`;
  });
  return {
    text: `SELECT DISTINCT "contactDetailId" FROM (${branches.join(" UNION ALL ")}) c LIMIT 1000`,
    values: params.values,
  };
}

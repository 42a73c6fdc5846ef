import { describe, expect, it } from "vitest";
import { fieldWeight } from "../projection/search-terms.ts";
import { type SearchQuery, UnsupportedSearchQuery } from "../search-engine.port.ts";
import { fullNameTerm, queryTerms } from "../search-text.ts";
import {
  loggableElasticQuery,
  matchedWordScore,
  matchScore,
  toContactCandidatesQuery,
  toElasticCursorQuery,
  toElasticQuery,
} from "./to-elastic-query.ts";

const plan = { alias: "housing-persons", visibleContactIds: [] };

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  index: "persons",
  terms: [{ term: "smith", maxTypos: 1, allowPrefix: true }],
  filters: {},
  sort: "relevance",
  isDesc: false,
  page: 1,
  pageSize: 12,
  ...overrides,
});

// Reads a path out of the request body without restating its whole shape in every test.
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

/** Every word's clause: those that find (under `must` when some terms only rank), then those that only rank. */
const wordClauses = (request: unknown) => [
  ...((at(request, "query", "bool", "must", 0, "bool", "should") as unknown[] | undefined) ?? []),
  ...(at(request, "query", "bool", "should") as unknown[]),
];
const nestedOf = (clause: unknown) => at(clause, "function_score", "query", "nested");
const matchersOf = (clause: unknown) =>
  at(nestedOf(clause), "query", "bool", "must", 0, "dis_max", "queries") as {
    function_score: Record<string, unknown>;
  }[];

describe("toElasticQuery", () => {
  it("searches the read alias for an exact total, a page at a time, returning the stored document", () => {
    const request = toElasticQuery(query({ page: 3, pageSize: 20 }), plan);
    expect(request).toMatchObject({
      index: "housing-persons",
      from: 40,
      size: 20,
      track_total_hits: true,
      _source: ["document"],
    });
  });

  it("has one nested clause per word, and a document must match at least one", () => {
    const request = toElasticQuery(
      query({
        terms: [
          { term: "jane", maxTypos: 1, allowPrefix: true },
          { term: "smithson", maxTypos: 2, allowPrefix: true },
        ],
      }),
      plan,
    );
    expect(at(request, "query", "bool", "minimum_should_match")).toBe(1);
    const clauses = wordClauses(request);
    expect(clauses).toHaveLength(2);
    for (const clause of clauses) {
      expect(nestedOf(clause)).toMatchObject({ path: "terms", score_mode: "max" });
      // Each matched word adds a constant far above any match score, so more words rank first.
      expect(at(clause, "function_score")).toMatchObject({
        functions: [{ weight: matchedWordScore }],
        boost_mode: "sum",
      });
    }
  });

  it("counts two swapped adjacent letters as one typo, in words of every length", () => {
    for (const word of ["amhed", "garnt", "walekr", "jonhson"]) {
      const fuzzy = matchersOf(wordClauses(toElasticQuery(query({ terms: queryTerms(word) }), plan))[0])
        .map((m) => at(m, "function_score", "query", "fuzzy", "terms.term"))
        .find(Boolean);
      expect(fuzzy, word).toMatchObject({ value: word, transpositions: true });
    }
  });

  it("looks for a full postcode exactly: no near spellings, no longer words", () => {
    const matchers = matchersOf(wordClauses(toElasticQuery(query({ terms: queryTerms("E9 7NQ") }), plan))[0]);
    expect(matchers.map((m) => m.function_score.query)).toEqual([{ term: { "terms.term": "e97nq" } }]);
  });

  it("ranks by a full name typed in order without finding by it: the words must match, the name only adds", () => {
    const request = toElasticQuery(query({ terms: queryTerms("Lee Hartwell"), filters: { types: ["Tenant"] } }), plan);
    const words = at(request, "query", "bool", "must", 0, "bool");
    expect(at(words, "minimum_should_match")).toBe(1);
    expect(at(words, "filter")).toEqual([{ terms: { types: ["Tenant"] } }]);
    const termOf = (clause: unknown) =>
      at(matchersOf(clause)[0], "function_score", "query", "term", "terms.term") as string;
    expect((at(words, "should") as unknown[]).map(termOf)).toEqual(["lee", "hartwell"]);
    const ranking = at(request, "query", "bool", "should") as unknown[];
    expect(ranking.map(termOf)).toEqual([fullNameTerm(["lee", "hartwell"])]);
    expect(matchersOf(ranking[0])).toHaveLength(1);
    expect(at(ranking[0], "function_score", "functions")).toEqual([{ weight: matchedWordScore }]);
  });

  it("scores a word by its best match: exact 3, prefix 2, near spelling 1, times the indexed word's weight", () => {
    const matchers = matchersOf(wordClauses(toElasticQuery(query(), plan))[0]);
    expect(matchers.map((m) => m.function_score.query)).toEqual([
      { term: { "terms.term": "smith" } },
      { match: { "terms.term.prefix": { query: "smith" } } },
      {
        fuzzy: {
          "terms.term": { value: "smith", fuzziness: 1, transpositions: true, prefix_length: 0, max_expansions: 25 },
        },
      },
    ]);
    expect(matchers.map((m) => at(m, "function_score", "functions", 0, "field_value_factor"))).toEqual([
      { field: "terms.weight", factor: 3, missing: 1 },
      { field: "terms.weight", factor: 2, missing: 1 },
      { field: "terms.weight", factor: 1, missing: 1 },
    ]);
    expect(matchers.every((m) => m.function_score.boost_mode === "replace")).toBe(true);
  });

  it("ranks a document matching one more word above any match score of fewer words", () => {
    const mostWords = queryTerms(Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ")).length;
    const bestMatchScore = mostWords * matchScore.exact * Math.max(...Object.values(fieldWeight));
    expect(matchedWordScore).toBeGreaterThan(bestMatchScore);
  });

  it("leaves out the near-spelling match for a word allowed no typos, and the prefix match when not allowed", () => {
    const request = toElasticQuery(query({ terms: [{ term: "12", maxTypos: 0, allowPrefix: false }] }), plan);
    expect(matchersOf(wordClauses(request)[0]).map((m) => m.function_score.query)).toEqual([
      { term: { "terms.term": "12" } },
    ]);
  });

  it("counts contact-detail words only when the caller may see that contact detail", () => {
    const hidden = toElasticQuery(query(), plan);
    expect(at(nestedOf(wordClauses(hidden)[0]), "query", "bool", "filter")).toEqual([
      { bool: { must_not: [{ exists: { field: "terms.contactDetailId" } }] } },
    ]);
    const visible = toElasticQuery(query(), { ...plan, visibleContactIds: ["c1", "c2"] });
    expect(at(nestedOf(wordClauses(visible)[0]), "query", "bool", "filter")).toEqual([
      {
        bool: {
          should: [
            { bool: { must_not: [{ exists: { field: "terms.contactDetailId" } }] } },
            { terms: { "terms.contactDetailId": ["c1", "c2"] } },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
  });

  it("with field weights, matches only words indexed with one of them, in every word's clause", () => {
    const request = toElasticQuery(
      query({
        index: "accounts",
        terms: queryTerms("mare street"),
        termWeights: [fieldWeight.address],
      }),
      plan,
    );
    for (const clause of wordClauses(request)) {
      expect(at(nestedOf(clause), "query", "bool", "filter")).toEqual([
        { bool: { must_not: [{ exists: { field: "terms.contactDetailId" } }] } },
        { terms: { "terms.weight": [fieldWeight.address] } },
      ]);
    }
    const cursor = toElasticCursorQuery(
      { index: "accounts", terms: queryTerms("smith"), termWeights: [5], filters: {}, pageSize: 2, after: undefined },
      plan,
    );
    expect(at(nestedOf(wordClauses(cursor)[0]), "query", "bool", "filter", 1)).toEqual({
      terms: { "terms.weight": [5] },
    });
  });

  it("filters by any of the types, leaves out documents of only excluded types, and by the active flag", () => {
    const request = toElasticQuery(
      query({ filters: { types: ["Tenant", "Leaseholder"], excludeWhenOnly: ["HousingOfficer"], isActive: true } }),
      plan,
    );
    const filters = at(request, "query", "bool", "filter") as unknown[];
    expect(filters[0]).toEqual({ terms: { types: ["Tenant", "Leaseholder"] } });
    expect(filters[1]).toMatchObject({ script: { script: { params: { only: ["HousingOfficer"] } } } });
    expect(filters[2]).toEqual({ term: { isActive: true } });
    expect(at(toElasticQuery(query(), plan), "query", "bool", "filter")).toEqual([]);
  });

  it("sorts by relevance, then in natural text order and by id, whatever the direction", () => {
    expect(toElasticQuery(query({ isDesc: true }), plan).sort).toEqual([
      { _score: { order: "desc" } },
      { sortText: { order: "asc" } },
      { sortNumber: { order: "asc", missing: "_first" } },
      { sortSubNumber: { order: "asc", missing: "_first" } },
      { id: { order: "asc" } },
    ]);
  });

  it("sorts by text then numbers with missing numbers first, either way", () => {
    expect(toElasticQuery(query({ sort: "text", isDesc: true }), plan).sort).toEqual([
      { sortText: { order: "desc" } },
      { sortNumber: { order: "desc", missing: "_first" } },
      { sortSubNumber: { order: "desc", missing: "_first" } },
      { id: { order: "asc" } },
    ]);
  });

  it("sorts by date with missing dates last, equal dates in natural order", () => {
    expect(toElasticQuery(query({ sort: "date" }), plan).sort).toEqual([
      { sortDate: { order: "asc", missing: "_last" } },
      { sortText: { order: "asc" } },
      { sortNumber: { order: "asc", missing: "_first" } },
      { sortSubNumber: { order: "asc", missing: "_first" } },
      { id: { order: "asc" } },
    ]);
  });

  it("sorts by amount either way with missing amounts last, equal amounts in natural order", () => {
    expect(toElasticQuery(query({ sort: "amount", isDesc: true }), plan).sort).toEqual([
      { sortAmount: { order: "desc", missing: "_last" } },
      { sortText: { order: "asc" } },
      { sortNumber: { order: "asc", missing: "_first" } },
      { sortSubNumber: { order: "asc", missing: "_first" } },
      { id: { order: "asc" } },
    ]);
  });

  it("refuses a sort it does not know", () => {
    expect(() => toElasticQuery(query({ sort: "popularity" as SearchQuery["sort"] }), plan)).toThrow(
      UnsupportedSearchQuery,
    );
  });

  it("refuses a page past the cluster's result window, pointing to the cursor", () => {
    expect(() => toElasticQuery(query({ page: 1000, pageSize: 12 }), plan)).toThrow(UnsupportedSearchQuery);
    expect(() => toElasticQuery(query({ page: 100, pageSize: 100 }), plan)).not.toThrow();
  });
});

describe("toElasticCursorQuery", () => {
  const cursorQuery = { index: "assets" as const, terms: query().terms, filters: {}, pageSize: 2 };

  it("walks matches in id order after the cursor, without counting them", () => {
    const request = toElasticCursorQuery({ ...cursorQuery, after: "b7e1" }, { ...plan, alias: "housing-assets" });
    expect(request).toMatchObject({
      index: "housing-assets",
      sort: [{ id: { order: "asc" } }],
      search_after: ["b7e1"],
      size: 2,
      track_total_hits: false,
    });
    expect(wordClauses(request)).toHaveLength(1);
  });

  it("starts at the beginning without a cursor", () => {
    expect(toElasticCursorQuery({ ...cursorQuery, after: undefined }, plan)).not.toHaveProperty("search_after");
  });
});

describe("toContactCandidatesQuery", () => {
  it("collects the ids of contact-detail words matching any query word, returning no documents", () => {
    const request = toContactCandidatesQuery(
      { terms: [{ term: "07700900555", maxTypos: 0, allowPrefix: true }] },
      { alias: "housing-persons" },
    );
    expect(request).toMatchObject({ index: "housing-persons", size: 0, query: { nested: { path: "terms" } } });
    const contactWord = at(request, "query", "nested", "query");
    expect(contactWord).toEqual({
      bool: {
        filter: [{ exists: { field: "terms.contactDetailId" } }],
        should: [
          { term: { "terms.term": "07700900555" } },
          { match: { "terms.term.prefix": { query: "07700900555" } } },
        ],
        minimum_should_match: 1,
      },
    });
    expect(at(request, "aggs", "contactTerms")).toEqual({
      nested: { path: "terms" },
      aggs: {
        matching: { filter: contactWord, aggs: { ids: { terms: { field: "terms.contactDetailId", size: 1000 } } } },
      },
    });
  });
});

describe("loggableElasticQuery", () => {
  it("keeps the request's shape and settings but none of the words searched for", () => {
    const request = toElasticQuery(
      query({ terms: queryTerms("Zebedee 07700900461"), filters: { types: ["Tenant"] } }),
      { alias: "housing-persons", visibleContactIds: ["c0ffee00-0000-4000-8000-000000000001"] },
    );
    const logged = loggableElasticQuery(request);
    for (const word of ["zebedee", "Zebedee", "07700900461", "7700900461", "c0ffee00"])
      expect(logged).not.toContain(word);
    expect(JSON.parse(logged)).toMatchObject({ index: "housing-persons", from: 0, size: 12 });
    expect(logged).toContain('"terms.term":"…"');
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { adjacentSwaps, commonTermPostings, toPlanQuery } from "./to-postgres-query.ts";
import { queryTerms } from "../search-text.ts";
import { CommonWords, scoreOnlyWords } from "./postgres-search-candidates.ts";

const rare = 40;
const common = commonTermPostings;

describe("which query words only add to the score", () => {
  it("a house or flat number beside a rarer word that names the place, and common words", () => {
    expect(scoreOnlyWords(["flat", "60", "kestrel", "heights"], [common, 900, rare, rare])).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("a number finds documents when nothing else in the query is rarer than it", () => {
    expect(scoreOnlyWords(["12"], [rare])).toEqual([false]);
    expect(scoreOnlyWords(["flat", "60"], [common, 900])).toEqual([true, false]);
    expect(scoreOnlyWords(["12", "120"], [rare, rare])).toEqual([false, false]);
  });

  it("a long number is a reference or a UPRN and always finds", () => {
    expect(scoreOnlyWords(["1225071", "smith"], [1, rare])).toEqual([false, false]);
  });
});

describe("near spellings on PostgreSQL", () => {
  it("looks up a word's adjacent swaps, each one typo away", () => {
    expect(adjacentSwaps("ahmed")).toEqual(["hamed", "amhed", "ahemd", "ahmde"]);
    expect(adjacentSwaps("anna")).toEqual(["nana", "anan"]);
    expect(adjacentSwaps("zoë")).toEqual(["ozë", "zëo"]);
  });

  it("counts typos by optimal string alignment, and asks nothing for words allowed none", () => {
    const sql = toPlanQuery({ index: "persons", terms: queryTerms("amhed e97nq") });
    expect(sql.text).toContain("search_osa_distance(term, $");
    expect(sql.values).toContainEqual(adjacentSwaps("amhed"));
    expect(sql.values).not.toContainEqual(adjacentSwaps("e97nq"));
  });
});

describe("words' counts kept between searches", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const query = { index: "assets" as const, terms: queryTerms("flat 1 falkland point") };

  it("keeps each counted word's postings, common or rare, for an hour, and nothing for words not counted", () => {
    vi.useFakeTimers();
    const words = new CommonWords();
    words.remember(query, [common, undefined, rare, 0]);
    expect(query.terms.map((_, i) => words.get(query, i))).toEqual([common, undefined, rare, 0]);
    vi.advanceTimersByTime(59 * 60_000);
    expect(words.get(query, 2)).toBe(rare);
    vi.advanceTimersByTime(2 * 60_000);
    expect(query.terms.map((_, i) => words.get(query, i))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("counts a word again for another index or field weighting, and after a rebuild", () => {
    const words = new CommonWords();
    words.remember(query, [common, undefined, rare, 0]);
    expect(words.get({ ...query, index: "accounts" }, 2)).toBeUndefined();
    expect(words.get({ ...query, termWeights: [2] }, 2)).toBeUndefined();
    words.forget();
    expect(words.get(query, 2)).toBeUndefined();
  });
});

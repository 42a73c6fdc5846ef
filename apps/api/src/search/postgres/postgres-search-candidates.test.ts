import { describe, expect, it } from "vitest";
import { commonTermPostings } from "./to-postgres-query.ts";
import { scoreOnlyWords } from "./postgres-search-candidates.ts";

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

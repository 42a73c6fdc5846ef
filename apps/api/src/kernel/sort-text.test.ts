import { describe, expect, it } from "vitest";
import { compareSortText, foldedSortText } from "./sort-text.ts";

describe("foldedSortText", () => {
  it("folds accents, case, apostrophes and punctuation as en-GB alphabetical order files them", () => {
    expect(foldedSortText("Çelik Ayşe")).toBe("celik ayse");
    expect(foldedSortText("Öztürk")).toBe("ozturk");
    expect(foldedSortText("O'Brien-Smith, Zoë")).toBe("obrien smith zoe");
    expect(foldedSortText("Strauß Øystein Łukasz")).toBe("strauss oystein lukasz");
  });

  it("files accented surnames with their letter, not after Z", () => {
    const surnames = ["Zander", "Şahin", "Öztürk", "Abbott", "Özdemir", "Çelik", "Smart", "Carter", "Oakes"];
    const sorted = [...surnames].sort((a, b) => compareSortText(foldedSortText(a), foldedSortText(b)));
    expect(sorted).toEqual(["Abbott", "Carter", "Çelik", "Oakes", "Özdemir", "Öztürk", "Şahin", "Smart", "Zander"]);
  });
});

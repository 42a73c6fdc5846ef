import { describe, expect, it } from "vitest";
import { fieldWeight } from "../projection/search-terms.ts";
import { allowedLabels, fieldPlaceOf, weightOfLabel, wordsQueryText, wordsVector } from "./postgres-words.ts";

describe("document words as a tsvector", () => {
  it("labels each field weight of the projection: identifier A, name B, address C, other D", () => {
    expect(weightOfLabel).toEqual({
      A: fieldWeight.identifier,
      B: fieldWeight.name,
      C: fieldWeight.address,
      D: fieldWeight.other,
    });
    expect(allowedLabels([fieldWeight.name, fieldWeight.address])).toEqual(["B", "C"]);
    expect(allowedLabels(undefined)).toEqual(["A", "B", "C", "D"]);
  });

  it("gives each word a position of its own, where its weight lives, and a word in two fields both", () => {
    expect(
      wordsVector(
        [
          { term: "mare", weight: fieldWeight.name },
          { term: "mare", weight: fieldWeight.address },
          { term: "12", weight: fieldWeight.address },
        ],
        "position",
      ),
    ).toBe("'mare':1B 'mare':2C '12':3C");
  });

  it("quotes every word, doubling quotes and backslashes, so no word changes the vector's structure", () => {
    expect(
      wordsVector(
        [
          { term: "o'brien", weight: fieldWeight.name },
          { term: "a\\b", weight: fieldWeight.other },
          { term: "::: lee smith", weight: fieldWeight.name },
        ],
        "position",
      ),
    ).toBe("'o''brien':1B 'a\\\\b':2D '::: lee smith':3B");
  });

  it("leaves out contact-detail words, kept apart for the visibility rule, and empty words", () => {
    expect(
      wordsVector(
        [
          { term: "07700900123", weight: fieldWeight.identifier, contactDetailId: "c1" },
          { term: "", weight: fieldWeight.identifier },
          { term: "smith", weight: fieldWeight.name },
        ],
        "position",
      ),
    ).toBe("'smith':1B");
  });

  it("refuses a weight it has no label for", () => {
    expect(() => wordsVector([{ term: "x", weight: 7 }], "position")).toThrow(/no field weight 7/);
  });

  it("with fields in lexemes, puts the field's label in front of each word, one lexeme a field", () => {
    expect(
      wordsVector(
        [
          { term: "mare", weight: fieldWeight.name },
          { term: "mare", weight: fieldWeight.address },
          { term: "o'brien", weight: fieldWeight.name },
        ],
        "lexeme",
      ),
    ).toBe("'B|mare' 'C|mare' 'B|o''brien'");
  });
});

describe("words as a tsquery", () => {
  it("with fields on positions, labels the words after them", () => {
    expect(wordsQueryText(["mare", "o'brien"], true, ["B", "C"], "position")).toBe("'mare':*BC | 'o''brien':*BC");
    expect(wordsQueryText(["mare"], false, [], "position")).toBe("'mare'");
  });

  it("with fields in lexemes, asks for each word in each field searched, or in every field", () => {
    expect(wordsQueryText(["mare", "lee"], true, ["B"], "lexeme")).toBe("'B|mare':* | 'B|lee':*");
    expect(wordsQueryText(["mare"], false, [], "lexeme")).toBe("'A|mare' | 'B|mare' | 'C|mare' | 'D|mare'");
  });

  it("keeps fields in lexemes for rent accounts only, which are always looked up in one field", () => {
    expect(fieldPlaceOf("accounts")).toBe("lexeme");
    expect(["persons", "assets", "tenures"].map((index) => fieldPlaceOf(index as "persons"))).toEqual([
      "position",
      "position",
      "position",
    ]);
  });
});

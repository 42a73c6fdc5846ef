import { describe, expect, it } from "vitest";
import {
  canBeMisspelt,
  contactDetailTerms,
  fullNameTerm,
  postcodeWords,
  queryTerms,
  searchWords,
} from "./search-text.ts";
import { leadingNumber } from "../kernel/address-sort-key.ts";

describe("search text", () => {
  it("ignores case, accents, punctuation and extra spaces", () => {
    expect(searchWords("  Zoë   O'Brien-SMITH ")).toEqual(["zoe", "obrien", "smith"]);
  });

  it("joins a postcode written with its space into one word", () => {
    expect(postcodeWords(searchWords("1 Hillman St, E8 1DY"))).toEqual(["e81dy"]);
    expect(queryTerms("e8 1dy").map((t) => t.term)).toEqual(["e81dy"]);
    expect(queryTerms("E81DY").map((t) => t.term)).toEqual(["e81dy"]);
  });

  it("takes a full postcode, however typed, for that postcode only: no typos, no longer words", () => {
    for (const typed of ["E97NQ", "e9 7nq", "E9 7NQ", " e97nq ", "SW1A 2AA", "n168xj"]) {
      const [term, ...others] = queryTerms(typed);
      expect(others, typed).toEqual([]);
      expect(term, typed).toEqual({ term: typed.toLowerCase().replace(/\s/g, ""), maxTypos: 0, allowPrefix: false });
    }
    expect(queryTerms("12 Mare Street E8 3RH")).toContainEqual({ term: "e83rh", maxTypos: 0, allowPrefix: false });
  });

  it("matches an outward code, or one with the start of its inward code, as a postcode's start", () => {
    expect(queryTerms("E9")).toEqual([{ term: "e9", maxTypos: 0, allowPrefix: true }]);
    expect(queryTerms("SW1A")).toEqual([{ term: "sw1a", maxTypos: 0, allowPrefix: true }]);
    expect(queryTerms("E9 7")).toEqual([{ term: "e97", maxTypos: 0, allowPrefix: true }]);
    expect(queryTerms("n16 8x")).toEqual([{ term: "n168x", maxTypos: 0, allowPrefix: true }]);
    // Only as the last words typed: elsewhere a number after an outward code stays a house number.
    expect(queryTerms("E9 7 Mare Street").map((t) => t.term)).toEqual(["e9", "7", "mare", "street"]);
  });

  it("never allows typos in a word with a digit in it (postcodes, references, UPRNs)", () => {
    expect(queryTerms("ab12cd 4abcd 10008325").map((t) => t.maxTypos)).toEqual([0, 0, 0]);
  });

  it("adds the words of a name as one full-name term that only ranks", () => {
    expect(queryTerms("  Lee   SMITH ").at(-1)).toEqual({
      term: fullNameTerm(["lee", "smith"]),
      maxTypos: 0,
      allowPrefix: false,
      ranksOnly: true,
    });
    expect(queryTerms("Mary Ann van der Berg").at(-1)?.term).toBe(fullNameTerm(["mary", "ann", "van", "der", "berg"]));
    // One word, a number or a postcode among the words, or more words than a name has: no full name.
    for (const text of ["smith", "12 mare street", "lee smith e8 3rh", "a b c d e f g"]) {
      expect(
        queryTerms(text).some((t) => t.ranksOnly),
        text,
      ).toBe(false);
    }
  });

  it("never takes a full-name term for a misspelling or a contact detail", () => {
    expect(canBeMisspelt(fullNameTerm(["lee", "smith"]))).toBe(false);
    expect(contactDetailTerms(queryTerms("lee smith"))).toEqual([]);
  });

  it("allows no typos in numbers or short words and more in long words", () => {
    expect(queryTerms("12 Ann Smyth Jonhson").map((t) => [t.term, t.maxTypos])).toEqual([
      ["12", 0],
      ["ann", 0],
      ["smyth", 1],
      ["jonhson", 2],
    ]);
  });

  it("matches house and flat numbers exactly, and longer numbers also by their start", () => {
    expect(queryTerms("flat 12 1225071").map((t) => [t.term, t.allowPrefix])).toEqual([
      ["flat", true],
      ["12", false],
      ["1225071", true],
    ]);
    expect(queryTerms("flat 1 123 1234").map((t) => t.allowPrefix)).toEqual([true, false, false, true]);
  });

  it("never takes a number or an email address for a misspelling, so the near-spelling vocabulary can leave them out", () => {
    expect(["1225071684", "07700900123", "ada@example.org"].map(canBeMisspelt)).toEqual([false, false, false]);
    expect(["smyth", "e81dy", "4ab"].map(canBeMisspelt)).toEqual([true, true, true]);
  });

  it("looks for contact details only with the words that could be part of a phone number or email address", () => {
    expect(contactDetailTerms(queryTerms("Mar 07700")).map((t) => t.term)).toEqual(["07700"]);
    expect(contactDetailTerms(queryTerms("ada@example.org")).map((t) => t.term)).toEqual(["ada@example.org"]);
    expect(contactDetailTerms(queryTerms("Mary Marsh"))).toEqual([]);
  });

  it("looks for a phone number or email whole, however it is typed", () => {
    expect(queryTerms("07700 900123").map((t) => t.term)).toEqual(["07700900123", "07700", "900123"]);
    expect(queryTerms("+44 7700 900123").map((t) => t.term)).toContain("07700900123");
    expect(queryTerms("Ada@Example.org")[0]).toEqual({ term: "ada@example.org", maxTypos: 0, allowPrefix: true });
  });

  it("keeps at most ten distinct words however long the input", () => {
    expect(queryTerms("a b c d e f g h i j k l m".repeat(50)).length).toBeLessThanOrEqual(10);
    expect(queryTerms("*** /// [[]] \"''\"")).toEqual([]);
  });

  it("reads the house number out of an address line", () => {
    expect(leadingNumber("Flat 12, Newcome House")).toBe(12);
    expect(leadingNumber("Powell Road")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { fullNameTerm } from "../search-text.ts";
import { fieldWeight, TermCollector } from "./search-terms.ts";

describe("TermCollector", () => {
  it("keeps a word found in two fields once, at the higher weight", () => {
    const terms = new TermCollector().add("Mare", fieldWeight.name).add("12 Mare Street", fieldWeight.address).list();
    expect(terms.filter((t) => t.term === "mare")).toEqual([{ term: "mare", weight: fieldWeight.name }]);
  });

  it("with everyWeight, keeps the word once for each field's weight, and still once per weight", () => {
    const terms = new TermCollector({ everyWeight: true })
      .add("Mare", fieldWeight.name)
      .add("12 Mare Street, Mare", fieldWeight.address)
      .list();
    expect(terms.filter((t) => t.term === "mare")).toEqual([
      { term: "mare", weight: fieldWeight.name },
      { term: "mare", weight: fieldWeight.address },
    ]);
  });

  it("keeps a first name and surname, in that order, as one full-name term besides their words", () => {
    const terms = new TermCollector()
      .add("Zoë Ann", fieldWeight.name)
      .add("O'Brien", fieldWeight.name)
      .addFullName("Zoë Ann", "O'Brien", fieldWeight.name)
      .addFullName("Lee", null, fieldWeight.name)
      .list();
    expect(terms.map((t) => t.term)).toEqual(["zoe", "ann", "obrien", fullNameTerm(["zoe", "ann", "obrien"])]);
  });
});

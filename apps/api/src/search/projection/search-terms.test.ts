import { describe, expect, it } from "vitest";
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
});

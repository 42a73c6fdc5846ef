import { describe, expect, it } from "vitest";
import { visiblePages } from "./pagination.tsx";

describe("which page numbers to show", () => {
  it("a few pages are all shown", () => {
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
  });

  it("many pages show the first, the last and the neighbours, with the gaps marked", () => {
    expect(visiblePages(5, 12)).toEqual([1, "gap", 4, 5, 6, "gap", 12]);
    expect(visiblePages(1, 12)).toEqual([1, 2, "gap", 12]);
  });
});

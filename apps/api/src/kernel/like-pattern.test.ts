import { describe, expect, it } from "vitest";
import { containsPattern, equalsIgnoringCase, escapeLike, startsWithPattern } from "./like-pattern.ts";

describe("LIKE patterns", () => {
  it("escape %, _ and \\ so that each means itself, and leave other characters alone", () => {
    expect(escapeLike("100%_off\\now")).toBe("100\\%\\_off\\\\now");
    expect(escapeLike("O'Brien-Smith")).toBe("O'Brien-Smith");
  });

  it("wrap the escaped text in the wildcards each use needs", () => {
    expect(containsPattern("5_%")).toBe("%5\\_\\%%");
    expect(startsWithPattern("N_")).toBe("N\\_%");
    expect(equalsIgnoringCase("%")).toEqual({ equals: "\\%", mode: "insensitive" });
  });
});

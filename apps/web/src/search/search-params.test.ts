import { describe, expect, it } from "vitest";
import { searchCriteriaFromParams, searchPathFor, searchTextError } from "./search-params.ts";

describe("search criteria in the address bar", () => {
  it("a search round-trips through its address", () => {
    const path = searchPathFor({ type: "tenure", searchText: "  E8 1AB " });
    expect(path).toBe("/search?type=tenure&searchText=E8+1AB");
    expect(searchCriteriaFromParams(new URL(path, "http://localhost").searchParams)).toEqual({
      type: "tenure",
      searchText: "E8 1AB",
    });
  });

  it("an unknown or missing type searches persons", () => {
    expect(searchCriteriaFromParams(new URLSearchParams("type=planet&searchText=x")).type).toBe("person");
    expect(searchCriteriaFromParams(new URLSearchParams("")).type).toBe("person");
  });

  it("fewer than 2 characters, spaces aside, is refused before any request", () => {
    expect(searchTextError(" a ")).toBe("Enter at least 2 characters to search");
    expect(searchTextError("ab")).toBeUndefined();
  });
});

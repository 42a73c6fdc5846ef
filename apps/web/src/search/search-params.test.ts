import { describe, expect, it } from "vitest";
import { withSortOption } from "./search-options.ts";
import {
  type TSearchState,
  newSearchState,
  nextSearch,
  personSearchInput,
  refineSearch,
  searchPathFor,
  searchStateFromParams,
  searchStatePath,
  searchTextError,
  tenureSearchInput,
  withPage,
  withoutFilters,
} from "./search-params.ts";

function readBack(path: string): TSearchState {
  return searchStateFromParams(new URL(path, "http://localhost").searchParams);
}

describe("search state in the address bar", () => {
  it("a fresh search has a short address with no defaults in it", () => {
    const path = searchPathFor({ type: "tenure", searchText: "  E8 1AB " });
    expect(path).toBe("/search?type=tenure&searchText=E8+1AB");
    expect(readBack(path)).toEqual(newSearchState("tenure", "E8 1AB"));
  });

  const states: { title: string; state: TSearchState }[] = [
    {
      title: "a person search on page 3, 40 a page, surname Z to A, two person types",
      state: {
        type: "person",
        searchText: "Robinsen",
        page: 3,
        pageSize: 40,
        sortBy: "surname",
        isDesc: true,
        personType: ["Tenant", "Leaseholder"],
      },
    },
    {
      title: "a property search by address with asset types",
      state: {
        type: "asset",
        searchText: "N166LH",
        page: 2,
        pageSize: 20,
        sortBy: "address",
        isDesc: false,
        assetTypes: ["Block", "Dwelling"],
      },
    },
    {
      title: "an active-only tenure search, newest first",
      state: {
        type: "tenure",
        searchText: "digby road",
        page: 1,
        pageSize: 12,
        sortBy: "startDate",
        isDesc: true,
        isActive: true,
      },
    },
    { title: "text that needs escaping", state: newSearchState("person", 'O\'Brien & Sons, 12/3 "A" +') },
  ];

  it.each(states)("$title round-trips through its address", ({ state }) => {
    expect(readBack(searchStatePath(state))).toEqual(state);
  });

  it("filters read from a comma list or repeated, in the order they are offered, unknown ones dropped", () => {
    const state = readBack("/search?type=person&searchText=ab&personType=Occupant,Tenant&personType=Planet");
    expect(state).toMatchObject({ type: "person", personType: ["Tenant", "Occupant"] });
  });

  it("anything unknown or out of range takes its default rather than failing", () => {
    expect(readBack("/search?type=planet&searchText=ab&page=-2&pageSize=13&sortBy=address&isDesc=yes")).toEqual(
      newSearchState("person", "ab"),
    );
    expect(readBack("/search?type=asset&searchText=ab&page=1.5").page).toBe(1);
    expect(readBack("/search").type).toBe("person");
  });

  it("best match has one direction only", () => {
    expect(readBack("/search?type=person&searchText=ab&isDesc=true").isDesc).toBe(false);
  });
});

describe("changing a search", () => {
  const onPage3: TSearchState = {
    ...newSearchState("person", "smith", 20),
    page: 3,
    sortBy: "surname",
    personType: ["Tenant"],
  };

  it("a new sort, filter or page size goes back to page 1", () => {
    expect(withSortOption(onPage3, "surname-desc")).toMatchObject({ page: 1, sortBy: "surname", isDesc: true });
    expect(refineSearch(onPage3, { pageSize: 40 })).toMatchObject({ page: 1, pageSize: 40 });
    expect(withoutFilters(onPage3)).toMatchObject({ page: 1, personType: [] });
    expect(withPage(onPage3, 4)).toMatchObject({ page: 4, sortBy: "surname", personType: ["Tenant"] });
  });

  it("new text of the same type keeps sort, filters and page size, from page 1", () => {
    expect(nextSearch(onPage3, { type: "person", searchText: " jones " })).toEqual({
      ...onPage3,
      searchText: "jones",
      page: 1,
    });
  });

  it("another type starts afresh, keeping only the page size", () => {
    expect(nextSearch(onPage3, { type: "asset", searchText: "jones" })).toEqual(newSearchState("asset", "jones", 20));
  });

  it("an unticked filter asks the API for everything, not for nothing", () => {
    expect(personSearchInput(newSearchState("person", "ab")).personType).toBeUndefined();
    expect(tenureSearchInput(newSearchState("tenure", "ab")).isActive).toBeUndefined();
  });
});

describe("search text checked before any request", () => {
  it("fewer than 2 characters, spaces aside, is refused", () => {
    expect(searchTextError(" a ")).toBe("Enter at least 2 characters to search");
    expect(searchTextError("")).toBe("Enter at least 2 characters to search");
    expect(searchTextError("ab")).toBeUndefined();
  });

  it("markup is refused with the API's own message", () => {
    expect(searchTextError("<script>")).toBe("Search text must not contain markup such as < or &#");
  });
});

import { describe, expect, it } from "vitest";
import { searchExportPath } from "./search-export.ts";
import { newSearchState } from "./search-params.ts";

describe("searchExportPath", () => {
  it("carries the search text, filters and order, not the page or page size, and asks for the screen's wording", () => {
    const state = {
      ...newSearchState("person", "smith"),
      page: 3,
      pageSize: 40 as const,
      sortBy: "surname" as const,
      isDesc: true,
      personType: ["Tenant" as const, "Leaseholder" as const],
    };
    expect(searchExportPath(state)).toBe(
      "/api/v1/search/persons/export?searchText=smith&sortBy=surname&isDesc=true&personType=Tenant%2CLeaseholder&layout=screen",
    );
  });

  it("exports properties and tenures from their own searches, best match first as on screen", () => {
    expect(searchExportPath({ ...newSearchState("asset", "E8 1DY"), assetTypes: ["Block"] })).toBe(
      "/api/v1/search/assets/export?searchText=E8+1DY&sortBy=relevance&isDesc=false&assetTypes=Block&layout=screen",
    );
    expect(
      searchExportPath({ ...newSearchState("tenure", "oak"), isActive: true, sortBy: "startDate", isDesc: true }),
    ).toBe("/api/v1/search/tenures/export?searchText=oak&sortBy=startDate&isDesc=true&isActive=true&layout=screen");
  });

  it("leaves out a filter that is not set", () => {
    expect(searchExportPath(newSearchState("tenure", "oak"))).toBe(
      "/api/v1/search/tenures/export?searchText=oak&sortBy=relevance&isDesc=false&layout=screen",
    );
  });
});

import { describe, expect, it } from "vitest";
import { searchExportPath } from "./search-export.ts";
import { newSearchState } from "./search-params.ts";

describe("searchExportPath", () => {
  it("carries the search text and filters, not the page, page size or sort", () => {
    const state = {
      ...newSearchState("person", "smith"),
      page: 3,
      pageSize: 40 as const,
      sortBy: "surname" as const,
      isDesc: true,
      personType: ["Tenant" as const, "Leaseholder" as const],
    };
    expect(searchExportPath(state)).toBe(
      "/api/v1/search/persons/export?searchText=smith&personType=Tenant%2CLeaseholder",
    );
  });

  it("exports properties and tenures from their own searches", () => {
    expect(searchExportPath({ ...newSearchState("asset", "E8 1DY"), assetTypes: ["Block"] })).toBe(
      "/api/v1/search/assets/export?searchText=E8+1DY&assetTypes=Block",
    );
    expect(searchExportPath({ ...newSearchState("tenure", "oak"), isActive: true })).toBe(
      "/api/v1/search/tenures/export?searchText=oak&isActive=true",
    );
  });

  it("leaves out a filter that is not set", () => {
    expect(searchExportPath(newSearchState("tenure", "oak"))).toBe("/api/v1/search/tenures/export?searchText=oak");
  });
});

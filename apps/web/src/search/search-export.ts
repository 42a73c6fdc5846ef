import { type TSearchState, assetSearchInput, personSearchInput, tenureSearchInput } from "./search-params.ts";

// An export holds every match: the search's filters go, its paging and sort do not.
const notExported = new Set(["page", "pageSize", "sortBy", "isDesc"]);

function searchInputOf(state: TSearchState): { index: string; input: object } {
  switch (state.type) {
    case "person":
      return { index: "persons", input: personSearchInput(state) };
    case "asset":
      return { index: "assets", input: assetSearchInput(state) };
    case "tenure":
      return { index: "tenures", input: tenureSearchInput(state) };
  }
}

/** The CSV export of the search on the page: /api/v1/search/persons/export?searchText=…&personType=Tenant,Leaseholder */
export function searchExportPath(state: TSearchState): string {
  const { index, input } = searchInputOf(state);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || notExported.has(name)) continue;
    params.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  return `/api/v1/search/${index}/export?${params.toString()}`;
}

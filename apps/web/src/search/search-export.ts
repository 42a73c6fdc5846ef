import { type TSearchState, assetSearchInput, personSearchInput, tenureSearchInput } from "./search-params.ts";

// An export holds every match: the search's filters and order go, its paging does not.
const notExported = new Set(["page", "pageSize"]);

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

/**
 * The CSV export of the search on the page, in its order and with its cards' columns and wording
 * (layout=screen): /api/v1/search/persons/export?searchText=…&isDesc=false&sortBy=surname&personType=Tenant&layout=screen
 */
export function searchExportPath(state: TSearchState): string {
  const { index, input } = searchInputOf(state);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || notExported.has(name)) continue;
    params.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  params.set("layout", "screen");
  return `/api/v1/search/${index}/export?${params.toString()}`;
}

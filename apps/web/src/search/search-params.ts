/** What a search looks for; the URL uses these names, the API's indexes are persons, assets and tenures. */
export const searchTypes = ["person", "asset", "tenure"] as const;
export type TSearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<TSearchType, string> = {
  person: "Person",
  asset: "Property",
  tenure: "Tenure",
};

export const minimumSearchTextLength = 2;

export type TSearchCriteria = {
  type: TSearchType;
  searchText: string;
};

function isSearchType(value: string | null): value is TSearchType {
  return searchTypes.some((type) => type === value);
}

/** Reads the search from the address bar, so Back, reload and shared links give the same search. */
export function searchCriteriaFromParams(params: URLSearchParams): TSearchCriteria {
  const type = params.get("type");
  return { type: isSearchType(type) ? type : "person", searchText: params.get("searchText") ?? "" };
}

export function searchPathFor({ type, searchText }: TSearchCriteria): string {
  return `/search?${new URLSearchParams({ type, searchText: searchText.trim() }).toString()}`;
}

/** The message for search text that is too short to search with, or undefined when it will do. */
export function searchTextError(searchText: string): string | undefined {
  return searchText.trim().length < minimumSearchTextLength
    ? `Enter at least ${minimumSearchTextLength} characters to search`
    : undefined;
}

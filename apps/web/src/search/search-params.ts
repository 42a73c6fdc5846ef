import type { TPersonType } from "@housing/schemas/person";
import {
  type TAssetSearchInput,
  type TPersonSearchInput,
  type TTenureSearchInput,
  ZSearchText,
  assetSortOptions,
  assetTypes,
  personSortOptions,
  tenureSortOptions,
} from "@housing/schemas/search";

/** What a search looks for; the URL uses these names, the API's indexes are persons, assets and tenures. */
export const searchTypes = ["person", "asset", "tenure"] as const;
export type TSearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<TSearchType, string> = {
  person: "Person",
  asset: "Property",
  tenure: "Tenure",
};

export const pageSizes = [12, 20, 40] as const;
export type TPageSize = (typeof pageSizes)[number];
export const defaultPageSize: TPageSize = 12;

/** The person types an officer can filter by; housing officers show only when asked for. */
export const personTypeFilters = [
  "Tenant",
  "Leaseholder",
  "Freeholder",
  "HouseholdMember",
  "Occupant",
  "HousingOfficer",
] as const satisfies readonly TPersonType[];
export type TPersonTypeFilter = (typeof personTypeFilters)[number];
export type TAssetType = (typeof assetTypes)[number];

type TCommonState = {
  searchText: string;
  /** 1-based. */
  page: number;
  pageSize: TPageSize;
  isDesc: boolean;
};
export type TPersonSearchState = TCommonState & {
  type: "person";
  sortBy: (typeof personSortOptions)[number];
  personType: TPersonTypeFilter[];
};
export type TAssetSearchState = TCommonState & {
  type: "asset";
  sortBy: (typeof assetSortOptions)[number];
  assetTypes: TAssetType[];
};
export type TTenureSearchState = TCommonState & {
  type: "tenure";
  sortBy: (typeof tenureSortOptions)[number];
  /** Only tenures still running; unticked means active and ended alike. */
  isActive: boolean;
};
/** Everything a search page shows, all of it in the address so Back, reload and shared links reproduce it. */
export type TSearchState = TPersonSearchState | TAssetSearchState | TTenureSearchState;

/** The part of a search the search box decides; the rest keeps its defaults. */
export type TSearchCriteria = { type: TSearchType; searchText: string };

/** The option the value names, or undefined for anything else (an old or hand-edited link). */
export function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

/** A fresh search of a type: first page, best match first, no filters. */
export function newSearchState<TType extends TSearchType>(
  type: TType,
  searchText: string,
  pageSize: TPageSize = defaultPageSize,
): Extract<TSearchState, { type: TType }> {
  const common = { searchText: searchText.trim(), page: 1, pageSize, isDesc: false };
  const states: { [K in TSearchType]: Extract<TSearchState, { type: K }> } = {
    person: { ...common, type: "person", sortBy: "relevance", personType: [] },
    asset: { ...common, type: "asset", sortBy: "relevance", assetTypes: [] },
    tenure: { ...common, type: "tenure", sortBy: "relevance", isActive: false },
  };
  return states[type];
}

/** Values of a list parameter, written repeated (a=1&a=2) or as a comma list (a=1,2); unknown ones dropped. */
function listParam<T extends string>(params: URLSearchParams, name: string, options: readonly T[]): T[] {
  const given = new Set(params.getAll(name).flatMap((value) => value.split(",").map((part) => part.trim())));
  // In the order the options are offered, so two addresses for one search are the same address.
  return options.filter((option) => given.has(option));
}

/** A whole number from 1 up, or undefined for anything else. */
export function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && Number.isSafeInteger(number) ? number : undefined;
}

/**
 * Reads the search from the address bar. Anything missing or unknown takes its default, so an old
 * or hand-edited link still opens a sensible search rather than an error.
 */
export function searchStateFromParams(params: URLSearchParams): TSearchState {
  const type = oneOf(searchTypes, params.get("type")) ?? "person";
  const pageSize = pageSizes.find((size) => String(size) === params.get("pageSize")) ?? defaultPageSize;
  const fresh = newSearchState(type, params.get("searchText") ?? "", pageSize);
  const page = positiveInteger(params.get("page")) ?? 1;
  const sortParam = params.get("sortBy");
  // Best match has one direction only.
  const isDescFor = (sortBy: string) => sortBy !== "relevance" && params.get("isDesc") === "true";

  switch (fresh.type) {
    case "person": {
      const sortBy = oneOf(personSortOptions, sortParam) ?? "relevance";
      const personType = listParam(params, "personType", personTypeFilters);
      return { ...fresh, page, sortBy, isDesc: isDescFor(sortBy), personType };
    }
    case "asset": {
      const sortBy = oneOf(assetSortOptions, sortParam) ?? "relevance";
      return {
        ...fresh,
        page,
        sortBy,
        isDesc: isDescFor(sortBy),
        assetTypes: listParam(params, "assetTypes", assetTypes),
      };
    }
    case "tenure": {
      const sortBy = oneOf(tenureSortOptions, sortParam) ?? "relevance";
      return { ...fresh, page, sortBy, isDesc: isDescFor(sortBy), isActive: params.get("isActive") === "true" };
    }
  }
}

/** The address of a search; defaults are left out so links stay short, and read back as the same search. */
export function searchStatePath(state: TSearchState): string {
  const params = new URLSearchParams({ type: state.type, searchText: state.searchText.trim() });
  switch (state.type) {
    case "person":
      for (const personType of state.personType) params.append("personType", personType);
      break;
    case "asset":
      for (const assetType of state.assetTypes) params.append("assetTypes", assetType);
      break;
    case "tenure":
      if (state.isActive) params.set("isActive", "true");
      break;
  }
  if (state.sortBy !== "relevance") params.set("sortBy", state.sortBy);
  if (state.isDesc) params.set("isDesc", "true");
  if (state.pageSize !== defaultPageSize) params.set("pageSize", String(state.pageSize));
  if (state.page !== 1) params.set("page", String(state.page));
  return `/search?${params.toString()}`;
}

/** The address of a fresh search, e.g. from the home page. */
export function searchPathFor({ type, searchText }: TSearchCriteria): string {
  return searchStatePath(newSearchState(type, searchText));
}

/**
 * What pressing Search does: the same type keeps its sort, filters and page size, another type
 * starts afresh (its sorts and filters differ) keeping only the page size; either way from page 1.
 */
export function nextSearch(current: TSearchState | undefined, { type, searchText }: TSearchCriteria): TSearchState {
  if (current?.type === type) return { ...current, searchText: searchText.trim(), page: 1 };
  return newSearchState(type, searchText, current?.pageSize);
}

/** A change of sort, filter or page size shows the first page of the new results. */
export function refineSearch<TState extends TSearchState>(
  state: TState,
  changes: Partial<Omit<TState, "type" | "searchText" | "page">>,
): TState {
  return { ...state, ...changes, page: 1 };
}

export function withPage<TState extends TSearchState>(state: TState, page: number): TState {
  return { ...state, page };
}

export function hasFilters(state: TSearchState): boolean {
  switch (state.type) {
    case "person":
      return state.personType.length > 0;
    case "asset":
      return state.assetTypes.length > 0;
    case "tenure":
      return state.isActive;
  }
}

export function withoutFilters(state: TSearchState): TSearchState {
  switch (state.type) {
    case "person":
      return refineSearch(state, { personType: [] });
    case "asset":
      return refineSearch(state, { assetTypes: [] });
    case "tenure":
      return refineSearch(state, { isActive: false });
  }
}

/** The message for search text the API would refuse (too short, markup), or undefined when it will do. */
export function searchTextError(searchText: string): string | undefined {
  const result = ZSearchText.safeParse(searchText);
  return result.success ? undefined : result.error.issues[0]?.message;
}

export function personSearchInput(state: TPersonSearchState): TPersonSearchInput {
  const { searchText, page, pageSize, sortBy, isDesc, personType } = state;
  return { searchText, page, pageSize, sortBy, isDesc, personType: personType.length > 0 ? personType : undefined };
}

export function assetSearchInput(state: TAssetSearchState): TAssetSearchInput {
  const { searchText, page, pageSize, sortBy, isDesc, assetTypes } = state;
  return { searchText, page, pageSize, sortBy, isDesc, assetTypes: assetTypes.length > 0 ? assetTypes : undefined };
}

export function tenureSearchInput(state: TTenureSearchState): TTenureSearchInput {
  const { searchText, page, pageSize, sortBy, isDesc, isActive } = state;
  // Unticked means every tenure, not only ended ones.
  return { searchText, page, pageSize, sortBy, isDesc, isActive: isActive ? true : undefined };
}

import {
  type TAccountSearchInput,
  type TPropertyAccountSearchInput,
  accountSortOptions,
  lookUpTypes,
} from "@housing/schemas/search";
import type { TSortOption } from "../search/search-options.ts";
import { oneOf, positiveInteger } from "../search/search-params.ts";
import type { TLookUpType } from "./account-lookup.ts";

/** Rent accounts by tenant, address or reference; or properties with their totals, estates and blocks rolled up. */
export const accountSearchModes = ["accounts", "properties"] as const;
export type TAccountSearchMode = (typeof accountSearchModes)[number];
type TAccountSortBy = (typeof accountSortOptions)[number];

export const accountsPath = "/finance/accounts";
export const accountsPageSize = 20;

/** The rent account search as the address bar holds it, so Back, reload and shared links reproduce it. */
export type TAccountsState = {
  mode: TAccountSearchMode;
  searchText: string;
  lookUpType: TLookUpType;
  /** Properties mode: estates only, each with its totals. */
  estatesOnly: boolean;
  sortBy: TAccountSortBy;
  isDesc: boolean;
  /** 1-based. */
  page: number;
};

export const defaultAccountsState: TAccountsState = {
  mode: "accounts",
  searchText: "",
  lookUpType: "TenantName",
  estatesOnly: false,
  sortBy: "relevance",
  isDesc: false,
  page: 1,
};

/** One drop-down for field and direction; arrears are negative, so "most owed first" is ascending. */
export const accountSortChoices: readonly TSortOption<TAccountSortBy>[] = [
  { value: "relevance", label: "Best match", sortBy: "relevance", isDesc: false },
  { value: "balance", label: "Balance, most in arrears first", sortBy: "balance", isDesc: false },
  { value: "balance-desc", label: "Balance, most in credit first", sortBy: "balance", isDesc: true },
  { value: "address", label: "Address", sortBy: "address", isDesc: false },
];

/** Reads the search from the address bar; anything missing or unknown takes its default. */
export function accountsStateFromParams(params: URLSearchParams): TAccountsState {
  const sortBy = oneOf(accountSortOptions, params.get("sortBy")) ?? "relevance";
  return {
    mode: oneOf(accountSearchModes, params.get("mode")) ?? "accounts",
    searchText: (params.get("searchText") ?? "").trim(),
    lookUpType: oneOf(lookUpTypes, params.get("lookUpType")) ?? "TenantName",
    estatesOnly: params.get("estatesOnly") === "true",
    sortBy,
    // Best match has one direction only.
    isDesc: sortBy !== "relevance" && params.get("isDesc") === "true",
    page: positiveInteger(params.get("page")) ?? 1,
  };
}

/** The address of a search, with only what the mode uses and no defaults, so links stay short. */
export function accountsStatePath(state: TAccountsState): string {
  const params = new URLSearchParams();
  if (state.mode !== "accounts") params.set("mode", state.mode);
  if (state.searchText.trim() !== "") params.set("searchText", state.searchText.trim());
  if (state.mode === "accounts") {
    if (state.lookUpType !== "TenantName") params.set("lookUpType", state.lookUpType);
    if (state.sortBy !== "relevance") params.set("sortBy", state.sortBy);
    if (state.isDesc) params.set("isDesc", "true");
  } else if (state.estatesOnly) {
    params.set("estatesOnly", "true");
  }
  if (state.page !== 1) params.set("page", String(state.page));
  const query = params.toString();
  return query === "" ? accountsPath : `${accountsPath}?${query}`;
}

export function accountSortValueOf(state: TAccountsState): string {
  const option = accountSortChoices.find((choice) => choice.sortBy === state.sortBy && choice.isDesc === state.isDesc);
  return option?.value ?? "relevance";
}

export function withAccountSort(state: TAccountsState, value: string): TAccountsState {
  const option = accountSortChoices.find((choice) => choice.value === value);
  return option === undefined ? state : { ...state, sortBy: option.sortBy, isDesc: option.isDesc, page: 1 };
}

export function accountSearchInput(state: TAccountsState): TAccountSearchInput {
  const { lookUpType, searchText, sortBy, isDesc, page } = state;
  return { lookUpType, searchText, sortBy, isDesc, page, pageSize: accountsPageSize };
}

export function propertyAccountSearchInput(state: TAccountsState): TPropertyAccountSearchInput {
  const { searchText, estatesOnly, page } = state;
  return { searchText, page, pageSize: accountsPageSize, ...(estatesOnly ? { assetTypes: ["Estate"] } : {}) };
}

/** The CSV export of every account the search finds: its look-up and text (an export has no paging or sort). */
export function accountsExportPath(state: TAccountsState): string {
  const params = new URLSearchParams({ lookUpType: state.lookUpType, searchText: state.searchText });
  return `/api/v1/search/accounts/export?${params.toString()}`;
}

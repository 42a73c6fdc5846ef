import {
  type TTransactionSearchInput,
  ZTransactionSearchInput,
  suspenseStatuses,
  transactionSortOptions,
} from "@housing/schemas/finance";
import { type TFieldError, fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TSortOption } from "../search/search-options.ts";
import { oneOf, positiveInteger } from "../search/search-params.ts";

export type TSuspenseStatus = (typeof suspenseStatuses)[number];
type TSortBy = (typeof transactionSortOptions)[number];

export const suspensePageSizes = [20, 50, 100] as const;
export type TSuspensePageSize = (typeof suspensePageSizes)[number];

/** The suspense account list as the address bar holds it, so Back, reload and shared links reproduce it. */
export type TSuspenseListState = {
  /** Words to find in the payment reference, sender or bank account; "" for every payment. */
  searchText: string;
  /** yyyy-MM-dd, or "" for no limit. */
  startDate: string;
  endDate: string;
  /** Only payments awaiting a match, or only those with a match proposed; null for both. */
  status: TSuspenseStatus | null;
  sortBy: TSortBy;
  isDesc: boolean;
  /** 1-based. */
  page: number;
  pageSize: TSuspensePageSize;
};

export const suspenseListPath = "/finance/suspense";

/** Newest first, every unresolved payment, 20 a page. */
export const defaultSuspenseListState: TSuspenseListState = {
  searchText: "",
  startDate: "",
  endDate: "",
  status: null,
  sortBy: "transactionDate",
  isDesc: true,
  page: 1,
  pageSize: 20,
};

export const suspenseStatusLabels: Record<TSuspenseStatus, string> = {
  AwaitingMatch: "Awaiting a match",
  Proposed: "Match proposed, awaiting approval",
};

/** One drop-down for field and direction, in the words officers use. */
export const suspenseSortOptions: readonly TSortOption<TSortBy>[] = [
  { value: "date-desc", label: "Date received, newest first", sortBy: "transactionDate", isDesc: true },
  { value: "date", label: "Date received, oldest first", sortBy: "transactionDate", isDesc: false },
  { value: "amount-desc", label: "Amount, largest first", sortBy: "transactionAmount", isDesc: true },
  { value: "amount", label: "Amount, smallest first", sortBy: "transactionAmount", isDesc: false },
];

function isoDateParam(value: string | null): string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
}

/** Reads the list from the address bar; anything missing or unknown takes its default. */
export function suspenseStateFromParams(params: URLSearchParams): TSuspenseListState {
  const defaults = defaultSuspenseListState;
  return {
    searchText: (params.get("searchText") ?? "").trim(),
    startDate: isoDateParam(params.get("startDate")),
    endDate: isoDateParam(params.get("endDate")),
    status: oneOf(suspenseStatuses, params.get("status")) ?? null,
    sortBy: oneOf(transactionSortOptions, params.get("sortBy")) ?? defaults.sortBy,
    // Newest or largest first unless the address says otherwise.
    isDesc: params.get("isDesc") !== "false",
    page: positiveInteger(params.get("page")) ?? 1,
    pageSize: suspensePageSizes.find((size) => String(size) === params.get("pageSize")) ?? defaults.pageSize,
  };
}

/** The address of the list; defaults are left out so links stay short. */
export function suspenseStatePath(state: TSuspenseListState): string {
  const defaults = defaultSuspenseListState;
  const params = new URLSearchParams();
  if (state.searchText.trim() !== "") params.set("searchText", state.searchText.trim());
  if (state.startDate !== "") params.set("startDate", state.startDate);
  if (state.endDate !== "") params.set("endDate", state.endDate);
  if (state.status !== null) params.set("status", state.status);
  if (state.sortBy !== defaults.sortBy) params.set("sortBy", state.sortBy);
  if (!state.isDesc) params.set("isDesc", "false");
  if (state.pageSize !== defaults.pageSize) params.set("pageSize", String(state.pageSize));
  if (state.page !== 1) params.set("page", String(state.page));
  const query = params.toString();
  return query === "" ? suspenseListPath : `${suspenseListPath}?${query}`;
}

export type TSuspenseFilters = Pick<TSuspenseListState, "searchText" | "startDate" | "endDate" | "status">;

/** New filters, sort or page size show the first page of what they find. */
export function refineSuspenseList(
  state: TSuspenseListState,
  changes: Partial<Omit<TSuspenseListState, "page">>,
): TSuspenseListState {
  return { ...state, ...changes, page: 1 };
}

export function hasSuspenseFilters(state: TSuspenseListState): boolean {
  return state.searchText !== "" || state.startDate !== "" || state.endDate !== "" || state.status !== null;
}

export function withoutSuspenseFilters(state: TSuspenseListState): TSuspenseListState {
  return refineSuspenseList(state, { searchText: "", startDate: "", endDate: "", status: null });
}

export function suspenseSortValueOf(state: TSuspenseListState): string {
  const option =
    suspenseSortOptions.find((candidate) => candidate.sortBy === state.sortBy && candidate.isDesc === state.isDesc) ??
    suspenseSortOptions[0];
  return option?.value ?? "";
}

export function withSuspenseSort(state: TSuspenseListState, value: string): TSuspenseListState {
  const option = suspenseSortOptions.find((candidate) => candidate.value === value);
  return option === undefined ? state : refineSuspenseList(state, { sortBy: option.sortBy, isDesc: option.isDesc });
}

/** What the API is asked for: unresolved payments only, with the filters set. */
export function suspenseSearchInput(state: TSuspenseListState): TTransactionSearchInput {
  const { searchText, startDate, endDate, status, sortBy, isDesc, page, pageSize } = state;
  return {
    isSuspense: true,
    ...(searchText === "" ? {} : { searchText }),
    ...(startDate === "" ? {} : { startDate }),
    ...(endDate === "" ? {} : { endDate }),
    ...(status === null ? {} : { suspenseStatus: status }),
    sortBy,
    isDesc,
    page,
    pageSize,
  };
}

/** The CSV export of every payment the list finds, in its order: the filters and sort without the paging. */
export function suspenseExportPath(state: TSuspenseListState): string {
  const { page: _page, pageSize: _pageSize, ...filters } = suspenseSearchInput(state);
  const params = new URLSearchParams(Object.entries(filters).map(([name, value]) => [name, String(value)]));
  return `/api/v1/search/transactions/export?${params.toString()}`;
}

/** What the API would refuse in these filters, named by field, checked by the API's own schema. */
export function suspenseFilterErrors(filters: TSuspenseFilters): TFieldError[] {
  const parsed = ZTransactionSearchInput.safeParse(suspenseSearchInput({ ...defaultSuspenseListState, ...filters }));
  return parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
}

import { describe, expect, it } from "vitest";
import {
  type TSuspenseListState,
  defaultSuspenseListState,
  refineSuspenseList,
  suspenseFilterErrors,
  suspenseExportPath,
  suspenseSearchInput,
  suspenseSortValueOf,
  suspenseStateFromParams,
  suspenseStatePath,
  withSuspenseSort,
  withoutSuspenseFilters,
} from "./suspense-params.ts";

function readBack(path: string): TSuspenseListState {
  return suspenseStateFromParams(new URL(path, "http://localhost").searchParams);
}

describe("the suspense account list in the address bar", () => {
  it("the whole unresolved list, newest first, is the bare address", () => {
    expect(suspenseStatePath(defaultSuspenseListState)).toBe("/finance/suspense");
    expect(readBack("/finance/suspense")).toEqual(defaultSuspenseListState);
  });

  const states: { title: string; state: TSuspenseListState }[] = [
    {
      title: "text, a date range and proposed matches only, smallest amount first, page 3 of 50",
      state: {
        searchText: "MR J SMITH",
        startDate: "2025-04-01",
        endDate: "2025-06-30",
        status: "Proposed",
        sortBy: "transactionAmount",
        isDesc: false,
        page: 3,
        pageSize: 50,
      },
    },
    {
      title: "payments awaiting a match from a date on, oldest first",
      state: { ...defaultSuspenseListState, startDate: "2025-01-31", status: "AwaitingMatch", isDesc: false },
    },
    {
      title: "text that needs escaping",
      state: { ...defaultSuspenseListState, searchText: "RENT 12/3 O'BRIEN & SON" },
    },
  ];

  it.each(states)("$title round-trips through its address", ({ state }) => {
    expect(readBack(suspenseStatePath(state))).toEqual(state);
  });

  it("anything unknown or malformed takes its default rather than failing", () => {
    expect(
      readBack("/finance/suspense?status=Lost&sortBy=sender&isDesc=maybe&page=0&pageSize=13&startDate=1/4/2025"),
    ).toEqual(defaultSuspenseListState);
  });
});

describe("changing the list", () => {
  const onPage4: TSuspenseListState = { ...defaultSuspenseListState, searchText: "smith", page: 4 };

  it("a new sort, filter or page size goes back to page 1, keeping the rest", () => {
    expect(withSuspenseSort(onPage4, "amount-desc")).toMatchObject({
      page: 1,
      sortBy: "transactionAmount",
      isDesc: true,
      searchText: "smith",
    });
    expect(refineSuspenseList(onPage4, { pageSize: 100 })).toMatchObject({ page: 1, pageSize: 100 });
    expect(withoutSuspenseFilters({ ...onPage4, status: "Proposed", endDate: "2025-01-01" })).toEqual(
      defaultSuspenseListState,
    );
  });

  it("the drop-down shows the sort in force, and ignores an option it does not offer", () => {
    expect(suspenseSortValueOf(defaultSuspenseListState)).toBe("date-desc");
    expect(suspenseSortValueOf({ ...defaultSuspenseListState, sortBy: "transactionAmount", isDesc: false })).toBe(
      "amount",
    );
    expect(withSuspenseSort(onPage4, "sender")).toBe(onPage4);
  });

  it("asks the API for unresolved payments only, leaving out filters not set", () => {
    expect(suspenseSearchInput(defaultSuspenseListState)).toEqual({
      isSuspense: true,
      sortBy: "transactionDate",
      isDesc: true,
      page: 1,
      pageSize: 20,
    });
    expect(
      suspenseSearchInput({ ...defaultSuspenseListState, searchText: "ab", status: "AwaitingMatch" }),
    ).toMatchObject({ searchText: "ab", suspenseStatus: "AwaitingMatch" });
  });
});

describe("the CSV download", () => {
  it("carries the filters and the sort, not the page", () => {
    expect(
      suspenseExportPath({
        ...defaultSuspenseListState,
        searchText: "REF 1225",
        startDate: "2025-04-01",
        status: "AwaitingMatch",
        sortBy: "transactionAmount",
        page: 3,
        pageSize: 50,
      }),
    ).toBe(
      "/api/v1/search/transactions/export?isSuspense=true&searchText=REF+1225&startDate=2025-04-01&suspenseStatus=AwaitingMatch&sortBy=transactionAmount&isDesc=true",
    );
  });
});

describe("filters checked before any request, by the API's own rules", () => {
  it("names each field the API would refuse", () => {
    expect(
      suspenseFilterErrors({ searchText: "a", startDate: "2025-05-01", endDate: "2025-04-01", status: null }),
    ).toEqual([
      { path: "searchText", message: "Enter at least 2 characters to search" },
      { path: "endDate", message: "The end date cannot be before the start date" },
    ]);
    expect(suspenseFilterErrors({ searchText: "", startDate: "2025-02-30", endDate: "", status: null })).toEqual([
      { path: "startDate", message: "Enter the start date as a real date" },
    ]);
  });

  it("no filters at all is a valid list", () => {
    expect(suspenseFilterErrors({ searchText: "", startDate: "", endDate: "", status: null })).toEqual([]);
  });
});

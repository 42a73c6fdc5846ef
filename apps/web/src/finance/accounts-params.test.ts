import { describe, expect, it } from "vitest";
import {
  type TAccountsState,
  accountSearchInput,
  accountsExportPath,
  accountSortValueOf,
  accountsStateFromParams,
  accountsStatePath,
  defaultAccountsState,
  propertyAccountSearchInput,
  withAccountSort,
} from "./accounts-params.ts";

function readBack(path: string): TAccountsState {
  return accountsStateFromParams(new URL(path, "http://localhost").searchParams);
}

describe("the rent account search in the address bar", () => {
  it.each<{ title: string; state: TAccountsState; path: string }>([
    {
      title: "a tenant name search is the shortest address",
      state: { ...defaultAccountsState, searchText: "J Smith" },
      path: "/finance/accounts?searchText=J+Smith",
    },
    {
      title: "an address search by balance, most in credit first, page 2",
      state: {
        ...defaultAccountsState,
        searchText: "N16 5AB",
        lookUpType: "Address",
        sortBy: "balance",
        isDesc: true,
        page: 2,
      },
      path: "/finance/accounts?searchText=N16+5AB&lookUpType=Address&sortBy=balance&isDesc=true&page=2",
    },
    {
      title: "an estate search keeps only what properties use",
      state: { ...defaultAccountsState, mode: "properties", searchText: "Pembury", estatesOnly: true },
      path: "/finance/accounts?mode=properties&searchText=Pembury&estatesOnly=true",
    },
  ])("$title, and reads back as the same search", ({ state, path }) => {
    expect(accountsStatePath(state)).toBe(path);
    expect(readBack(path)).toEqual(state);
  });

  it("anything unknown takes its default, and best match has one direction", () => {
    expect(readBack("/finance/accounts?mode=planets&lookUpType=Shoe&sortBy=size&page=-1")).toEqual(
      defaultAccountsState,
    );
    expect(readBack("/finance/accounts?isDesc=true").isDesc).toBe(false);
  });
});

describe("what the API is asked", () => {
  it("accounts by the look-up type and sort chosen, 20 a page", () => {
    const state = withAccountSort({ ...defaultAccountsState, searchText: "smith", page: 3 }, "balance");
    expect(state.page).toBe(1);
    expect(accountSortValueOf(state)).toBe("balance");
    expect(accountSearchInput(state)).toEqual({
      lookUpType: "TenantName",
      searchText: "smith",
      sortBy: "balance",
      isDesc: false,
      page: 1,
      pageSize: 20,
    });
  });

  it("estates only asks for estates; otherwise every kind of property", () => {
    const state = { ...defaultAccountsState, mode: "properties" as const, searchText: "Pembury" };
    expect(propertyAccountSearchInput({ ...state, estatesOnly: true }).assetTypes).toEqual(["Estate"]);
    expect(propertyAccountSearchInput(state).assetTypes).toBeUndefined();
  });
});

describe("the CSV download", () => {
  it("exports every account the look-up finds, whatever page or sort is on screen", () => {
    const state = {
      ...defaultAccountsState,
      lookUpType: "Address" as const,
      searchText: "N16 5AB",
      page: 4,
      sortBy: "balance" as const,
    };
    expect(accountsExportPath(state)).toBe("/api/v1/search/accounts/export?lookUpType=Address&searchText=N16+5AB");
  });
});

import { describe, expect, it } from "vitest";
import { visiblePages } from "../components/pagination.tsx";
import { itemsRangeText, pageCountOf } from "./search-paging.ts";

describe("where a page sits in the results", () => {
  it.each([
    { page: 1, pageSize: 12, total: 57, expected: "Items 1–12 of 57 results" },
    { page: 2, pageSize: 20, total: 57, expected: "Items 21–40 of 57 results" },
    { page: 5, pageSize: 12, total: 57, expected: "Items 49–57 of 57 results" },
    { page: 1, pageSize: 12, total: 1, expected: "Item 1 of 1 result" },
    { page: 2, pageSize: 12, total: 13, expected: "Item 13 of 13 results" },
    { page: 9, pageSize: 12, total: 57, expected: "57 results" },
    { page: 1, pageSize: 12, total: 0, expected: "0 results" },
  ])("page $page of $pageSize a page with $total results reads “$expected”", ({ page, pageSize, total, expected }) => {
    expect(itemsRangeText(page, pageSize, total)).toBe(expected);
  });

  it("the page count rounds up and is never 0", () => {
    expect(pageCountOf(57, 12)).toBe(5);
    expect(pageCountOf(60, 12)).toBe(5);
    expect(pageCountOf(0, 12)).toBe(1);
  });

  it("many result pages show the first, the last and the neighbours of the current one, gaps marked", () => {
    expect(visiblePages(1, pageCountOf(57, 12))).toEqual([1, 2, "gap", 5]);
    expect(visiblePages(10, pageCountOf(600, 12))).toEqual([1, "gap", 9, 10, 11, "gap", 50]);
    expect(visiblePages(50, 50)).toEqual([1, "gap", 49, 50]);
  });
});

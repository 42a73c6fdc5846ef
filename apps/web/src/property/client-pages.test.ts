import { describe, expect, it } from "vitest";
import { clientPage } from "./client-pages.ts";

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("paging a list in the browser", () => {
  it("the first page is shown when the address names none", () => {
    expect(clientPage(numbers(72), null, 50)).toMatchObject({ page: 1, pageCount: 2, from: 1, to: 50 });
  });

  it("the last page holds what is left", () => {
    const page = clientPage(numbers(72), "2", 50);
    expect(page).toMatchObject({ page: 2, pageCount: 2, from: 51, to: 72 });
    expect(page.items).toHaveLength(22);
  });

  it("a page past the end, below 1 or not a number shows the nearest real page", () => {
    expect(clientPage(numbers(72), "9", 50).page).toBe(2);
    expect(clientPage(numbers(72), "0", 50).page).toBe(1);
    expect(clientPage(numbers(72), "two", 50).page).toBe(1);
  });

  it("a short list is one page, an empty one shows nothing", () => {
    expect(clientPage(numbers(3), null, 50)).toMatchObject({ page: 1, pageCount: 1, from: 1, to: 3 });
    expect(clientPage([], null, 50)).toEqual({ items: [], page: 1, pageCount: 1, from: 0, to: 0 });
  });
});

import { ZAssetSearchResult, ZPersonSearchResult } from "@housing/schemas/search";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** A search through the REST API: its address and query, as the staff app would send them. */
export type TApiSearch = { url: string; params: Record<string, string | number> };

/** Runs a search with a member of staff's token and gives back its answer's JSON. */
export async function searchThroughApi(
  request: APIRequestContext,
  token: string,
  search: TApiSearch,
): Promise<unknown> {
  const response = await request.get(search.url, {
    params: search.params,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status(), `GET ${search.url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as unknown;
}

/**
 * Waits, with a deadline, until the search index has caught up with the records just made: until
 * what `found` reads off the search's answer includes every one of `expected`. The search index
 * follows the database within moments, so this never sleeps a fixed time.
 */
export async function searchable<T>(
  request: APIRequestContext,
  token: string,
  search: TApiSearch & { found: (answer: unknown) => T[] },
  expected: readonly T[],
): Promise<void> {
  await expect
    .poll(async () => search.found(await searchThroughApi(request, token, search)), {
      message: `${search.url} ${JSON.stringify(search.params)} finds the records just made`,
    })
    .toEqual(expect.arrayContaining([...expected]));
}

/** The ids of the persons a person search found. */
export function foundPersonIds(answer: unknown): string[] {
  return ZPersonSearchResult.parse(answer).results.persons.map((person) => person.id);
}

/** The ids of the properties a property search found. */
export function foundAssetIds(answer: unknown): string[] {
  return ZAssetSearchResult.parse(answer).results.assets.map((asset) => asset.id);
}

/** Searches as an officer does, in the staff app's search form (the home page's and the search page's). */
export async function searchInStaffApp(page: Page, type: "Person" | "Property" | "Tenure", text: string) {
  const form = page.getByRole("search", { name: "Housing records" });
  await form.getByRole("radio", { name: type }).check();
  await form.getByLabel("Search", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Search" }).click();
}

/** The search page's results ("Results for …"), with their status line, cards and paging. */
export function searchResults(page: Page): Locator {
  return page.getByRole("region", { name: /^Results for/ });
}

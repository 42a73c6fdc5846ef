import {
  type TAssetSearchDocument,
  type TPersonSearchDocument,
  ZAssetSearchResult,
  ZPersonSearchResult,
} from "@housing/schemas/search";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";

// The queries come from the demo seed, read through the search API with the officer's own token, so
// the tests follow the seed wherever it goes rather than hard-coding names it happens to contain.

type TSearchQuery = Record<string, string | number>;

async function searchApi(request: APIRequestContext, token: string, index: "persons" | "assets", query: TSearchQuery) {
  const response = await request.get(`/api/v1/search/${index}`, {
    headers: { authorization: `Bearer ${token}` },
    params: query,
  });
  expect(response.status(), `GET /api/v1/search/${index}`).toBe(200);
  return (await response.json()) as unknown;
}

async function searchPersons(request: APIRequestContext, token: string, query: TSearchQuery) {
  return ZPersonSearchResult.parse(await searchApi(request, token, "persons", query));
}

async function searchAssets(request: APIRequestContext, token: string, query: TSearchQuery) {
  return ZAssetSearchResult.parse(await searchApi(request, token, "assets", query));
}

function fullNameOf(person: TPersonSearchDocument): string {
  return [person.title, person.firstname, person.middleName, person.surname].filter(Boolean).join(" ");
}

/** How a card names a property: estates and blocks by name, everything else by address. */
function propertyTitleOf(asset: TAssetSearchDocument): string {
  return (asset.assetType === "Estate" || asset.assetType === "Block") && asset.name ? asset.name : asset.fullAddress;
}

/** "Robinson" → "Robinsno": the last two letters swapped, the commonest slip at the keyboard. */
function misspelt(surname: string): string {
  return `${surname.slice(0, -2)}${surname.at(-1)}${surname.at(-2)}`;
}

async function search(page: Page, type: "Person" | "Property" | "Tenure", text: string) {
  const form = page.getByRole("search", { name: "Housing records" });
  await form.getByRole("radio", { name: type }).check();
  await form.getByLabel("Search", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Search" }).click();
}

function results(page: Page) {
  return page.getByRole("region", { name: /^Results for/ });
}

test("a person is found by a misspelt surname and their card opens their page", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // Surname order makes the choice stable; a long surname stays recognisable with a slip in it.
  const { results: everyone } = await searchPersons(request, token, {
    searchText: "London",
    sortBy: "surname",
    pageSize: 100,
  });
  const person = everyone.persons.find(
    (candidate) =>
      /^[A-Za-z]{7,}$/.test(candidate.surname) &&
      everyone.persons.filter((other) => fullNameOf(other) === fullNameOf(candidate)).length === 1,
  );
  if (person === undefined) throw new Error("The demo seed has no resident with a long surname and a unique name");
  const typo = misspelt(person.surname);
  const name = fullNameOf(person);

  await page.goto("/search");
  await search(page, "Person", typo);

  await expect(page).toHaveURL(`/search?type=person&searchText=${typo}`);
  await expect(results(page).getByRole("status")).toHaveText(/^Items? 1(–\d+)? of \d+ results?$/);
  await results(page).getByRole("link", { name, exact: true }).click();

  await expect(page).toHaveURL(`/persons/${person.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(person.surname);
});

test("a postcode typed without its space finds the properties at that postcode", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  const { results: streets } = await searchAssets(request, token, {
    searchText: "London",
    sortBy: "address",
    pageSize: 100,
  });
  // The first postcode, in address order, shared by a few properties (all on the first page of results).
  let postcode: string | undefined;
  let atPostcode: TAssetSearchDocument[] = [];
  for (const candidate of new Set(streets.assets.map((asset) => asset.assetAddress.postCode))) {
    if (candidate === null || !candidate.includes(" ")) continue;
    const { results: found } = await searchAssets(request, token, { searchText: candidate, pageSize: 100 });
    atPostcode = found.assets.filter((asset) => asset.assetAddress.postCode === candidate);
    if (atPostcode.length >= 2 && atPostcode.length <= 12) {
      postcode = candidate;
      break;
    }
  }
  if (postcode === undefined) throw new Error("The demo seed has no postcode shared by 2 to 12 properties");
  const withoutSpace = postcode.replace(" ", "");

  await page.goto("/search");
  await search(page, "Property", withoutSpace);

  await expect(page).toHaveURL(`/search?type=asset&searchText=${withoutSpace}`);
  await expect(results(page).getByRole("status")).toHaveText(/^Items 1–\d+ of \d+ results$/);
  for (const asset of atPostcode) {
    const card = results(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: propertyTitleOf(asset), exact: true }) });
    await expect(card).toContainText(asset.assetId);
    await expect(card.getByRole("link", { name: propertyTitleOf(asset), exact: true })).toHaveAttribute(
      "href",
      `/properties/${asset.id}`,
    );
  }
});

test("a new page size or sort starts again from page 1, and reload and Back keep the search", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  const { total } = await searchAssets(request, token, { searchText: "London" });
  expect(total, "the demo seed has more than 20 properties in London").toBeGreaterThan(20);
  const byAddress = await searchAssets(request, token, { searchText: "London", sortBy: "address", pageSize: 20 });
  const firstByAddress = byAddress.results.assets[0];
  if (firstByAddress === undefined) throw new Error("No properties in London");
  const status = results(page).getByRole("status");
  const cardHeadings = results(page).getByRole("heading", { level: 3 });

  await page.goto("/search");
  await search(page, "Property", "London");
  await expect(status).toHaveText(`Items 1–12 of ${total} results`);
  await expect(cardHeadings).toHaveCount(12);

  await results(page)
    .getByRole("navigation", { name: "Search results pages" })
    .getByRole("link", { name: "Next" })
    .click();
  await expect(status).toHaveText(`Items 13–24 of ${total} results`);
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);

  await page.getByLabel("Results per page").selectOption("20");
  await expect(status).toHaveText(`Items 1–20 of ${total} results`);
  await expect(cardHeadings).toHaveCount(20);
  await expect(page).toHaveURL(/[?&]pageSize=20(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);

  await results(page).getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(status).toHaveText(`Items 21–40 of ${total} results`);
  await page.getByLabel("Sort by").selectOption({ label: "Address" });
  await expect(status).toHaveText(`Items 1–20 of ${total} results`);
  await expect(page).toHaveURL(/[?&]sortBy=address(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(cardHeadings.first()).toHaveText(propertyTitleOf(firstByAddress));

  await page.reload();
  await expect(status).toHaveText(`Items 1–20 of ${total} results`);
  await expect(page.getByLabel("Sort by")).toHaveValue("address");
  await expect(page.getByLabel("Results per page")).toHaveValue("20");
  await expect(page.getByRole("radio", { name: "Property" })).toBeChecked();
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue("London");
  await expect(cardHeadings.first()).toHaveText(propertyTitleOf(firstByAddress));

  await page.goBack();
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await expect(status).toHaveText(`Items 21–40 of ${total} results`);
});

test("fewer than 2 characters is refused on the page, before anything is sent to the server", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("housing-officer");
  const searchRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/search.") || request.url().includes("/api/v1/search"))
      searchRequests.push(request.url());
  });

  await page.goto("/search");
  await search(page, "Person", " a ");

  await expect(page.getByRole("alert")).toContainText("Enter at least 2 characters to search");
  await expect(page.getByRole("textbox", { name: "Search" })).toHaveAccessibleDescription(
    /Enter at least 2 characters to search/,
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page).toHaveURL("/search");
  expect(searchRequests).toEqual([]);
});

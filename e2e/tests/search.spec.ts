import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { type TTestEstate, createEstate, uniquePostcode } from "../support/properties.ts";
import { foundAssetIds, foundPersonIds, searchInStaffApp, searchResults, searchable } from "../support/search.ts";
import { loadSession } from "../support/sessions.ts";

// Each test makes the persons and properties it searches for through the REST API, with names and
// postcodes of their own, and waits for the search index to hold them: what it finds is exactly
// what it made, whatever the demo data holds and whatever the other tests make meanwhile.

/** "Robinson" → "Robinsno": the last two letters swapped, the commonest slip at the keyboard. */
function misspelt(surname: string): string {
  return `${surname.slice(0, -2)}${surname.at(-1)}${surname.at(-2)}`;
}

/** The estate, its blocks and its homes, each as its search result card names it (estates and blocks by name). */
function cardsOf(estate: TTestEstate): { id: string; reference: string; title: string }[] {
  return [
    { id: estate.id, reference: estate.reference, title: estate.name },
    ...estate.blocks.flatMap((block) => [
      { id: block.id, reference: block.reference, title: block.name },
      ...block.homes.map((home) => ({ id: home.id, reference: home.reference, title: home.address })),
    ]),
  ];
}

async function openSearchPage(page: Page, type: "Person" | "Property", text: string) {
  await page.goto("/search");
  await searchInStaffApp(page, type, text);
}

test("a person is found by a misspelt surname and their card opens their page", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // A long surname of their own, far from every demo surname, stays recognisable with a slip in it.
  const resident = {
    title: "Ms",
    firstName: "Morwenna",
    surname: uniqueSurname("Trevithick"),
    dateOfBirth: randomDateOfBirth().iso,
  };
  const person = await createPerson(request, await loadSession("integration-service"), resident);
  const typo = misspelt(resident.surname);
  const name = `${resident.title} ${resident.firstName} ${resident.surname}`;
  await searchable(
    request,
    token,
    { url: "/api/v1/search/persons", params: { searchText: typo }, found: foundPersonIds },
    [person.id],
  );

  await openSearchPage(page, "Person", typo);

  await expect(page).toHaveURL(`/search?type=person&searchText=${typo}`);
  await expect(searchResults(page).getByRole("status")).toHaveText("Item 1 of 1 result");
  await searchResults(page).getByRole("link", { name, exact: true }).click();

  await expect(page).toHaveURL(`/persons/${person.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(resident.surname);
});

test("a postcode typed without its space finds the properties at that postcode", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // An estate, its block and three homes, all at a postcode of their own.
  const postCode = uniquePostcode();
  const atPostcode = cardsOf(await createEstate(request, [3], { postCode }));
  const withoutSpace = postCode.replace(" ", "");
  await searchable(
    request,
    token,
    { url: "/api/v1/search/assets", params: { searchText: withoutSpace, pageSize: 100 }, found: foundAssetIds },
    atPostcode.map((property) => property.id),
  );

  await openSearchPage(page, "Property", withoutSpace);

  await expect(page).toHaveURL(`/search?type=asset&searchText=${withoutSpace}`);
  await expect(searchResults(page).getByRole("status")).toHaveText(
    `Items 1–${atPostcode.length} of ${atPostcode.length} results`,
  );
  for (const property of atPostcode) {
    const card = searchResults(page)
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: property.title, exact: true }) });
    await expect(card).toContainText(property.reference);
    await expect(card.getByRole("link", { name: property.title, exact: true })).toHaveAttribute(
      "href",
      `/properties/${property.id}`,
    );
  }
});

test("a new page size or sort starts again from page 1, and reload and Back keep the search", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // An estate with one block of 45 homes: its name's first word finds the 47 of them, three pages of 20.
  const estate = await createEstate(request, [45]);
  const [block] = estate.blocks;
  if (block === undefined) throw new Error("The estate was made without its block");
  const searchText = estate.stem;
  const found = cardsOf(estate);
  const total = found.length;
  await searchable(
    request,
    token,
    { url: "/api/v1/search/assets", params: { searchText, pageSize: 100 }, found: foundAssetIds },
    found.map((property) => property.id),
  );
  // Natural address order, all on Mare Street: the block's own address, then its flats by number
  // ("Flat 9" before "Flat 10"), then the estate ("… Estate" after "… Court"). Best match puts the
  // estate second, by its name.
  const byAddress = [block.name, ...block.homes.map((home) => home.address), estate.name];
  const status = searchResults(page).getByRole("status");
  const cardHeadings = searchResults(page).getByRole("heading", { level: 3 });

  await openSearchPage(page, "Property", searchText);
  await expect(status).toHaveText(`Items 1–12 of ${total} results`);
  await expect(cardHeadings).toHaveCount(12);

  await searchResults(page)
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

  await searchResults(page).getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(status).toHaveText(`Items 21–40 of ${total} results`);
  await page.getByLabel("Sort by").selectOption({ label: "Address" });
  await expect(status).toHaveText(`Items 1–20 of ${total} results`);
  await expect(page).toHaveURL(/[?&]sortBy=address(&|$)/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(cardHeadings.first()).toHaveText(byAddress[0] ?? "");
  await expect(cardHeadings).toHaveText(byAddress.slice(0, 20));

  await page.reload();
  await expect(status).toHaveText(`Items 1–20 of ${total} results`);
  await expect(page.getByLabel("Sort by")).toHaveValue("address");
  await expect(page.getByLabel("Results per page")).toHaveValue("20");
  await expect(page.getByRole("radio", { name: "Property" })).toBeChecked();
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue(searchText);
  await expect(cardHeadings.first()).toHaveText(byAddress[0] ?? "");
  await expect(cardHeadings).toHaveText(byAddress.slice(0, 20));

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

  await openSearchPage(page, "Person", " a ");

  await expect(page.getByRole("alert")).toContainText("Enter at least 2 characters to search");
  await expect(page.getByRole("textbox", { name: "Search" })).toHaveAccessibleDescription(
    /Enter at least 2 characters to search/,
  );
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page).toHaveURL("/search");
  expect(searchRequests).toEqual([]);
});

import type { Page } from "@playwright/test";
import { z } from "zod";
import { expect, test } from "../support/fixtures.ts";

const ZEstateSearch = z.object({
  results: z.object({ assets: z.array(z.object({ id: z.string(), name: z.string().nullable() })) }),
});

// The demo estate every seeded database has; its blocks and homes are generated with it.
const demoEstate = "Pembury Estate";

async function searchForProperty(page: Page, searchText: string) {
  await page.goto("/");
  await page.getByRole("radio", { name: "Property" }).check();
  await page.getByRole("textbox", { name: "Search" }).fill(searchText);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

/** Opens the homes of the block one by one until one has a current tenure, and stays on it. */
async function openHomeWithCurrentTenure(page: Page, blockName: string): Promise<string> {
  const homes = page.getByRole("table", { name: /^Properties in this block/ }).getByRole("link");
  const count = await homes.count();
  for (let index = 0; index < count; index += 1) {
    const address = (await homes.nth(index).textContent()) ?? "";
    await homes.nth(index).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(address);
    await expect(page.getByRole("heading", { level: 2, name: "Current tenure" })).toBeVisible();
    if ((await page.getByText("No current tenure").count()) === 0) return address;
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1, name: blockName })).toBeVisible();
  }
  throw new Error(`No home in ${blockName} has a current tenure`);
}

test("an officer goes from a search result through the estate, a block and a home to the tenure and its tenure holder", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("housing-officer");
  await searchForProperty(page, demoEstate);

  await page.getByRole("main").getByRole("link", { name: demoEstate, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoEstate })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${demoEstate}`));
  const blocks = page.getByRole("table", { name: /^Blocks/ });
  await expect(blocks.getByRole("row")).not.toHaveCount(0);

  const firstBlock = blocks.getByRole("link").first();
  const blockName = (await firstBlock.textContent()) ?? "";
  await firstBlock.click();
  await expect(page.getByRole("heading", { level: 1, name: blockName })).toBeVisible();
  const blockCrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(blockCrumbs.getByRole("link", { name: demoEstate })).toBeVisible();
  await expect(blockCrumbs.getByText(blockName)).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table", { name: /^Properties in this block/ }).getByRole("link")).not.toHaveCount(0);

  const address = await openHomeWithCurrentTenure(page, blockName);
  const homeCrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(homeCrumbs.getByRole("link")).toHaveText([demoEstate, blockName]);
  // The link names the tenure by its payment reference for screen readers: "View tenure 1225088005".
  const viewTenure = page.getByRole("link", { name: /^View tenure/ });
  const paymentReference = ((await viewTenure.textContent()) ?? "").replace("View tenure", "").trim();

  await viewTenure.click();
  await expect(page.getByRole("heading", { level: 1, name: `Tenure ${paymentReference}` })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: address, exact: true })).toHaveAttribute(
    "href",
    /^\/properties\//,
  );
  await expect(page.getByRole("heading", { level: 2, name: "Rent account" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Contact details held against this tenure" })).toBeVisible();

  const holder = page.getByRole("table", { name: "Named tenure holders" }).getByRole("link").first();
  const holderName = (await holder.textContent()) ?? "";
  await holder.click();
  await expect(page.getByRole("heading", { level: 1, name: holderName })).toBeVisible();
  await expect(page).toHaveURL(/\/persons\//);
});

test("a block's long list of homes is shown 50 at a time", async ({ page, request, signedInAs }) => {
  const { token } = await signedInAs("housing-officer");
  const search = await request.get("/api/v1/search/assets", {
    params: { searchText: demoEstate, assetTypes: "Estate" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(search.status()).toBe(200);
  const { results } = ZEstateSearch.parse(await search.json());
  const estate = results.assets.find((asset) => asset.name === demoEstate);
  expect(estate, `the demo data has ${demoEstate}`).toBeDefined();
  await page.goto(`/properties/${estate?.id ?? ""}`);
  await expect(page.getByRole("heading", { level: 1, name: demoEstate })).toBeVisible();

  // The demo estate's largest block has more than 50 homes: open that one.
  const blockRows = page
    .getByRole("table", { name: /^Blocks/ })
    .getByRole("row")
    .filter({ has: page.getByRole("link") });
  await expect(blockRows).not.toHaveCount(0);
  // The last column says what each block contains: "72 properties".
  let largest = { row: -1, homes: 0 };
  for (let row = 0; row < (await blockRows.count()); row += 1) {
    const contains = await blockRows.nth(row).getByRole("cell").last().textContent();
    const homes = Number.parseInt(contains ?? "", 10);
    if (homes > largest.homes) largest = { row, homes };
  }
  expect(largest.homes).toBeGreaterThan(50);
  await blockRows.nth(largest.row).getByRole("link").click();

  const homes = page.getByRole("table", { name: /^Properties in this block/ });
  await expect(homes.getByRole("link")).toHaveCount(50);
  await expect(page.getByText(/^Showing 1 to 50 of \d+$/)).toBeVisible();
  await page
    .getByRole("navigation", { name: /pages$/ })
    .getByRole("link", { name: "Next page" })
    .click();
  await expect(page).toHaveURL(/childrenPage=2/);
  await expect(page.getByText(/^Showing 51 to \d+ of \d+$/)).toBeVisible();
  await expect(homes.getByRole("link")).toHaveCount(Math.min(50, largest.homes - 50));
});

test("a tenure or property address that names no record says so, with a way home", async ({ page, signedInAs }) => {
  await signedInAs("housing-officer");

  await page.goto("/tenures/not-a-tenure");
  await expect(page.getByRole("heading", { level: 1, name: "Tenure not found" })).toBeVisible();

  await page.goto("/tenures/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Tenure not found" })).toBeVisible();

  await page.goto("/properties/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1, name: "Property not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL("/");
});

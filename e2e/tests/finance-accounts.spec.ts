import { ZAccountSearchResult, ZPropertyAccountSearchResult } from "@housing/schemas/search";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { balancePenniesFrom, penniesFrom } from "../support/money.ts";
import { createEstate, letHome, openRentAccount } from "../support/properties.ts";
import { searchable } from "../support/search.ts";

/** A row's five totals (balance, dwelling rent, non-dwelling rent, service charges, rental service charges) in pennies. */
async function totalsOf(row: Locator): Promise<number[]> {
  const cells = row.getByRole("cell");
  await expect(cells).toHaveCount(5);
  const texts = await cells.allTextContents();
  return texts.map((text, index) => (index === 0 ? balancePenniesFrom(text) : penniesFrom(text)));
}

function sumOf(rows: number[][]): number[] {
  return rows.reduce((sums, row) => sums.map((sum, index) => sum + (row[index] ?? 0)), [0, 0, 0, 0, 0]);
}

/** The rows of the properties of one type (the label under each name: "Block", "Dwelling"). */
function rowsOfType(table: Locator, type: string): Locator {
  return table.getByRole("row").filter({
    has: table
      .page()
      .getByRole("rowheader")
      .filter({ has: table.page().getByText(type, { exact: true }) }),
  });
}

/** Two blocks of two let homes each, every one with a rent account; some in arrears. */
async function estateWithAccounts(request: APIRequestContext) {
  const estate = await createEstate(request, [2, 2]);
  const homes = estate.blocks.flatMap((block) => block.homes);
  const tenures = await Promise.all(homes.map((home) => letHome(request, home.id)));
  await Promise.all(
    tenures.map((tenure, index) =>
      openRentAccount(request, tenure.id, {
        weeklyRent: 110 + index * 7.5,
        weeklyServiceCharge: 6.25 + index,
        arrears: index % 2 === 0 ? 120.4 + index : 0,
      }),
    ),
  );
  return { estate, tenures };
}

async function searchProperties(page: Page, searchText: string, estatesOnly: boolean) {
  await page.getByRole("radio", { name: "Properties and estates" }).check();
  if (estatesOnly) await page.getByRole("checkbox", { name: "Estates only" }).check();
  await page.getByRole("textbox", { name: "Search" }).fill(searchText);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

test("an estate search shows the estate's and each block's totals, and the blocks and homes add up to them", async ({
  page,
  request,
  signedInAs,
}) => {
  const { estate } = await estateWithAccounts(request);
  const estateName = estate.name;
  const { token } = await signedInAs("finance-officer");
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/property-accounts",
      params: { searchText: estateName, assetTypes: "Estate" },
      found: (answer) => ZPropertyAccountSearchResult.parse(answer).results.assets.map((asset) => asset.id),
    },
    [estate.id],
  );
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Rent accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rent accounts" })).toBeVisible();
  await searchProperties(page, estateName, true);
  await expect(page).toHaveURL(/mode=properties/);
  await expect(page).toHaveURL(/estatesOnly=true/);

  const table = page.getByRole("table", { name: `Estates for “${estateName}”` });
  const estateRow = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${estateName}`) }) });
  await expect(estateRow).toHaveCount(1);
  await estateRow.getByRole("button", { name: `Show 2 blocks in ${estateName}`, exact: true }).click();
  await expect(estateRow.getByRole("button", { name: /^Hide/ })).toHaveAttribute("aria-expanded", "true");

  const blocks = rowsOfType(table, "Block");
  await expect(blocks).toHaveCount(2);
  const blockCount = await blocks.count();
  const blockTotals: number[][] = [];
  for (let index = 0; index < blockCount; index += 1) blockTotals.push(await totalsOf(blocks.nth(index)));
  expect(sumOf(blockTotals)).toEqual(await totalsOf(estateRow));

  // And a block is the sum of its homes.
  const firstBlock = blocks.first();
  await firstBlock.getByRole("button", { name: /^Show \d+ propert(y|ies) in / }).click();
  const homes = rowsOfType(table, "Dwelling");
  await expect(homes).toHaveCount(2);
  const homeTotals: number[][] = [];
  for (let index = 0; index < (await homes.count()); index += 1) homeTotals.push(await totalsOf(homes.nth(index)));
  expect(sumOf(homeTotals)).toEqual(blockTotals[0]);
  await expect(table.getByText(/in arrears/).first()).toBeVisible();
});

test("any member of staff finds a rent account by its payment reference, with its tenure, tenants and balance", async ({
  page,
  request,
  signedInAs,
}) => {
  const estate = await createEstate(request, [1]);
  const tenure = await letHome(request, estate.blocks[0]?.homes[0]?.id ?? "");
  await openRentAccount(request, tenure.id, { weeklyRent: 121.3, weeklyServiceCharge: 4.5, arrears: 35.2 });
  // A rent account is numbered by its tenure's payment reference.
  const rentAccountNumber = tenure.paymentReference;
  const { token } = await signedInAs("housing-officer");
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/accounts",
      params: { lookUpType: "PaymentReference", searchText: rentAccountNumber },
      found: (answer) => ZAccountSearchResult.parse(answer).results.accounts.map((account) => account.paymentReference),
    },
    [rentAccountNumber],
  );

  await page.goto("/finance/accounts");
  await page.getByRole("radio", { name: "Payment reference" }).check();
  await page.getByRole("textbox", { name: "Search" }).fill(rentAccountNumber);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/lookUpType=PaymentReference/);

  const accounts = page.getByRole("table", { name: /^Rent accounts for/ });
  const row = accounts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: rentAccountNumber }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").last()).toHaveText("£35.20 in arrears");
  await row.getByRole("link", { name: rentAccountNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tenure ${rentAccountNumber}` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(rentAccountNumber);
});

test("a search too short to run is refused on the page, before anything is asked of the server", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("finance-manager");
  await page.goto("/finance/accounts");
  await page.getByRole("textbox", { name: "Search" }).fill("a");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Enter at least 2 characters to search");
  await expect(page).toHaveURL("/finance/accounts");
});

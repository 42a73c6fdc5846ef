import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { z } from "zod";
import { expect, test } from "../support/fixtures.ts";
import { balancePenniesFrom, penniesFrom } from "../support/money.ts";

// The demo estate every seeded database has.
const demoEstate = "Pembury Estate";

const ZPropertyAccounts = z.object({
  results: z.object({
    assets: z.array(
      z.object({
        name: z.string().nullable(),
        children: z.array(
          z.object({
            children: z.array(z.object({ account: z.object({ rentAccountNumber: z.string() }).nullable() })),
          }),
        ),
      }),
    ),
  }),
});

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

/** The demo estate with the most blocks, so the blocks have something to add up to. */
async function estateWithBlocks(request: APIRequestContext, token: string): Promise<string> {
  const found = await request.get("/api/v1/search/property-accounts", {
    params: { searchText: "Estate", assetTypes: "Estate", pageSize: "100" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(found.status()).toBe(200);
  const estates = ZPropertyAccounts.parse(await found.json()).results.assets;
  const largest = [...estates].sort((a, b) => b.children.length - a.children.length)[0];
  expect(largest?.children.length ?? 0, "the demo seed has an estate with more than one block").toBeGreaterThan(1);
  return largest?.name ?? "";
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
  const { token } = await signedInAs("finance-officer");
  const estateName = await estateWithBlocks(request, token);
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
  await estateRow.getByRole("button", { name: new RegExp(`^Show \\d+ blocks in ${estateName}$`) }).click();
  await expect(estateRow.getByRole("button", { name: /^Hide/ })).toHaveAttribute("aria-expanded", "true");

  const blocks = rowsOfType(table, "Block");
  const blockCount = await blocks.count();
  expect(blockCount).toBeGreaterThan(1);
  const blockTotals: number[][] = [];
  for (let index = 0; index < blockCount; index += 1) blockTotals.push(await totalsOf(blocks.nth(index)));
  expect(sumOf(blockTotals)).toEqual(await totalsOf(estateRow));

  // And a block is the sum of its homes.
  const firstBlock = blocks.first();
  await firstBlock.getByRole("button", { name: /^Show \d+ propert(y|ies) in / }).click();
  const homes = rowsOfType(table, "Dwelling");
  await expect(homes).not.toHaveCount(0);
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
  const { token } = await signedInAs("housing-officer");
  const found = await request.get("/api/v1/search/property-accounts", {
    params: { searchText: demoEstate, assetTypes: "Estate" },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(found.status()).toBe(200);
  const estate = ZPropertyAccounts.parse(await found.json()).results.assets.find((asset) => asset.name === demoEstate);
  const rentAccountNumber = estate?.children.flatMap((block) => block.children).find((home) => home.account !== null)
    ?.account?.rentAccountNumber;
  expect(rentAccountNumber, `${demoEstate} has a home with a rent account`).toBeDefined();

  await page.goto("/finance/accounts");
  await page.getByRole("radio", { name: "Payment reference" }).check();
  await page.getByRole("textbox", { name: "Search" }).fill(rentAccountNumber ?? "");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/lookUpType=PaymentReference/);

  const accounts = page.getByRole("table", { name: /^Rent accounts for/ });
  const row = accounts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: rentAccountNumber }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").last()).toHaveText(/^£[\d,]+\.\d{2}( in (arrears|credit)|, nothing owed)$/);
  await row.getByRole("link", { name: rentAccountNumber }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Tenure / })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(rentAccountNumber ?? "");
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

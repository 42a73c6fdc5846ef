import { expect, test } from "../support/fixtures.ts";
import { createEstate, letHome } from "../support/properties.ts";
import { foundAssetIds, searchInStaffApp, searchable } from "../support/search.ts";

test("an officer goes from a search result through the estate, a block and a home to the tenure and its tenure holder", async ({
  page,
  request,
  signedInAs,
}) => {
  const estate = await createEstate(request, [2, 1]);
  const [block] = estate.blocks;
  const home = block?.homes[1];
  if (!block || !home) throw new Error("The estate was made without its block and homes");
  const tenure = await letHome(request, home.id);
  const { token } = await signedInAs("housing-officer");
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/assets",
      params: { searchText: estate.name, assetTypes: "Estate" },
      found: foundAssetIds,
    },
    [estate.id],
  );
  await page.goto("/");
  await searchInStaffApp(page, "Property", estate.name);

  await page.getByRole("main").getByRole("link", { name: estate.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: estate.name })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${estate.name}`));
  const blocks = page.getByRole("table", { name: /^Blocks/ });
  await expect(blocks.getByRole("link")).toHaveText(estate.blocks.map((each) => each.name));

  await blocks.getByRole("link", { name: block.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: block.name })).toBeVisible();
  const blockCrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(blockCrumbs.getByRole("link", { name: estate.name })).toBeVisible();
  await expect(blockCrumbs.getByText(block.name)).toHaveAttribute("aria-current", "page");
  const homes = page.getByRole("table", { name: /^Properties in this block/ }).getByRole("link");
  await expect(homes).toHaveText(block.homes.map((each) => each.address));

  await homes.filter({ hasText: home.address }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.address);
  await expect(page.getByRole("heading", { level: 2, name: "Current tenure" })).toBeVisible();
  const homeCrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(homeCrumbs.getByRole("link")).toHaveText([estate.name, block.name]);
  // The link names the tenure by its payment reference for screen readers: "View tenure 91225088005".
  const viewTenure = page.getByRole("link", { name: `View tenure ${tenure.paymentReference}` });

  await viewTenure.click();
  await expect(page.getByRole("heading", { level: 1, name: `Tenure ${tenure.paymentReference}` })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: home.address, exact: true })).toHaveAttribute(
    "href",
    /^\/properties\//,
  );
  await expect(page.getByRole("heading", { level: 2, name: "Rent account" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Contact details held against this tenure" })).toBeVisible();

  const holder = page.getByRole("table", { name: "Named tenure holders" }).getByRole("link");
  await expect(holder).toHaveCount(1);
  const holderName = (await holder.textContent()) ?? "";
  await holder.click();
  await expect(page.getByRole("heading", { level: 1, name: holderName })).toBeVisible();
  await expect(page).toHaveURL(`/persons/${tenure.holder.id}`);
});

test("a block's long list of homes is shown 50 at a time", async ({ page, request, signedInAs }) => {
  const estate = await createEstate(request, [3, 57]);
  await signedInAs("housing-officer");
  await page.goto(`/properties/${estate.id}`);
  await expect(page.getByRole("heading", { level: 1, name: estate.name })).toBeVisible();

  // The last column says what each block contains: "57 properties".
  const largest = page
    .getByRole("table", { name: /^Blocks/ })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: estate.blocks[1]?.name ?? "" }) });
  await expect(largest.getByRole("cell").last()).toHaveText(/^57 properties/);
  await largest.getByRole("link").click();

  const homes = page.getByRole("table", { name: /^Properties in this block/ });
  await expect(homes.getByRole("link")).toHaveCount(50);
  await expect(page.getByText("Showing 1 to 50 of 57", { exact: true })).toBeVisible();
  await page
    .getByRole("navigation", { name: /pages$/ })
    .getByRole("link", { name: "Next page" })
    .click();
  await expect(page).toHaveURL(/childrenPage=2/);
  await expect(page.getByText("Showing 51 to 57 of 57", { exact: true })).toBeVisible();
  await expect(homes.getByRole("link")).toHaveCount(7);
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

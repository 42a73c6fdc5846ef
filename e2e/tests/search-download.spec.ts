import { readFile } from "node:fs/promises";
import { expect, test } from "../support/fixtures.ts";
import { createEstate } from "../support/properties.ts";
import { foundAssetIds, searchInStaffApp, searchResults, searchable } from "../support/search.ts";

test("a search's CSV download has the card columns and a row for every result on every page", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // An estate with blocks of 8 and 7 homes: its name's first word finds the estate, 2 blocks and
  // 15 homes, more homes than one page shows.
  const estate = await createEstate(request, [8, 7]);
  const homes = estate.blocks.flatMap((block) => block.homes);
  const everything = [estate.id, ...estate.blocks.map((block) => block.id), ...homes.map((home) => home.id)];
  await searchable(
    request,
    token,
    { url: "/api/v1/search/assets", params: { searchText: estate.stem, pageSize: 100 }, found: foundAssetIds },
    everything,
  );
  const results = searchResults(page);
  const status = results.getByRole("status");

  await page.goto("/search");
  await searchInStaffApp(page, "Property", estate.stem);
  await expect(status).toHaveText(`Items 1–12 of ${everything.length} results`);
  // The box shows the address's filters, so it turns ticked once the navigation commits, which on
  // a busy machine is later than check() looks: click, then wait for it.
  const dwellings = page.getByRole("checkbox", { name: "Dwelling", exact: true });
  await dwellings.click();
  await expect(dwellings).toBeChecked();
  await expect(page).toHaveURL(/[?&]assetTypes=Dwelling(&|$)/);
  await expect(status).toHaveText(`Items 1–12 of ${homes.length} results`);

  // Hold the export back until "Preparing download…" has been seen, however fast the server is.
  let releaseExport = () => {};
  const exportHeld = new Promise<void>((resolve) => {
    releaseExport = resolve;
  });
  await page.route("**/api/v1/search/assets/export?*", async (route) => {
    await exportHeld;
    await route.continue();
  });
  const preparing = results.getByText("Preparing download…");
  const downloadStarted = page.waitForEvent("download");
  await results.getByRole("button", { name: "Download CSV" }).click();
  await expect(preparing).toBeVisible();
  releaseExport();
  const download = await downloadStarted;
  await expect(preparing).toBeHidden();

  expect(download.suggestedFilename()).toMatch(/^assets-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  const [header, ...rows] = csv.slice(1, -2).split("\r\n");
  expect(header).toBe(
    "Name,Address,Type,UPRN,Property reference,Tenure type,Tenure status,Payment reference,Residents,Part of,Cautionary alert",
  );
  expect(rows).toHaveLength(homes.length);
  expect(rows.filter((row) => !row.includes(",Dwelling,"))).toEqual([]);
  // Every home is on its own row, with its address and property reference.
  for (const home of homes) {
    expect(
      rows.filter((row) => row.includes(home.address) && row.includes(`,${home.reference},`)),
      `the row of ${home.address}`,
    ).toHaveLength(1);
  }
});

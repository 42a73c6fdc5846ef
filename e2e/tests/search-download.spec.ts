import { readFile } from "node:fs/promises";
import { expect, test } from "../support/fixtures.ts";

test("a search's CSV download has the card columns and a row for every result on every page", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("housing-officer");
  const results = page.getByRole("region", { name: /^Results for/ });
  const status = results.getByRole("status");

  await page.goto("/search");
  const form = page.getByRole("search", { name: "Housing records" });
  await form.getByRole("radio", { name: "Property" }).check();
  await form.getByLabel("Search", { exact: true }).fill("London");
  await form.getByRole("button", { name: "Search" }).click();
  await expect(status).toHaveText(/^Items 1–12 of \d+ results$/);
  // The box shows the address's filters, so it turns ticked once the navigation commits, which on
  // a busy machine is later than check() looks: click, then wait for it.
  const dwellings = page.getByRole("checkbox", { name: "Dwelling", exact: true });
  await dwellings.click();
  await expect(dwellings).toBeChecked();
  await expect(page).toHaveURL(/[?&]assetTypes=Dwelling(&|$)/);
  await expect(status).toHaveText(/^Items 1–12 of \d+ results$/);
  const total = Number((await status.textContent())?.match(/ of (\d+) results$/)?.[1]);
  expect(total, "more results than one page shows").toBeGreaterThan(12);

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
  expect(rows).toHaveLength(total);
  expect(rows.filter((row) => !row.includes(",Dwelling,"))).toEqual([]);
});

import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { csvRecords } from "../support/csv.ts";
import { expect, test } from "../support/fixtures.ts";
import { randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { createEstate } from "../support/properties.ts";
import { loadSession } from "../support/sessions.ts";
import { foundAssetIds, foundPersonIds, searchInStaffApp, searchResults, searchable } from "../support/search.ts";

/** One result card as the officer reads it: its title, its tags and each detail's label and text. */
type TCard = { title: string; tags: string[]; details: Record<string, string> };

/** The cards of the page on screen, in order. */
async function cardsOnScreen(results: Locator): Promise<TCard[]> {
  return results.locator("li.app-search-result").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector("h3")?.textContent?.trim() ?? "",
      tags: Array.from(item.querySelectorAll(".app-search-result__tags li")).map(
        (tag) => tag.textContent?.trim() ?? "",
      ),
      details: Object.fromEntries(
        Array.from(item.querySelectorAll(".app-search-result__detail")).map((detail) => [
          detail.querySelector("dt")?.textContent?.trim() ?? "",
          detail.querySelector("dd")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
        ]),
      ),
    })),
  );
}

/** Every card of every page of the search on screen, going through its pages with "Next". */
async function cardsOfEveryPage(page: Page, pages: number): Promise<TCard[]> {
  const results = searchResults(page);
  const cards: TCard[] = [];
  for (let n = 1; n <= pages; n += 1) {
    if (n > 1) {
      await results
        .getByRole("navigation", { name: "Search results pages" })
        .getByRole("link", { name: "Next" })
        .click();
      await expect(page).toHaveURL(new RegExp(`[?&]page=${n}(&|$)`));
      await expect(results.getByRole("status")).toHaveText(new RegExp(`^Items ${(n - 1) * 12 + 1}–`));
    }
    cards.push(...(await cardsOnScreen(results)));
  }
  return cards;
}

/** Clicks "Download CSV" and reads the file it saves. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const downloadStarted: Promise<Download> = page.waitForEvent("download");
  await searchResults(page).getByRole("button", { name: "Download CSV" }).click();
  const download = await downloadStarted;
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

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
  // The result cards' columns (the staff app asks for layout=screen).
  expect(header).toBe("Property,Address,Type,UPRN,Property reference,Tenure,Residents,Part of,Cautionary alert");
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

test("after sorting by surname, the download lists every person in the screen's order with its columns and words", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // Fourteen people sharing a first name of their own, two pages of 12; surnames beyond A to Z
  // among them, filed as en-GB readers expect (Çelik with C, Şahin with S).
  const firstName = uniqueSurname("Ordo").replace(/^./, (first) => first.toUpperCase());
  const surnames = ["Abbott", "Brown", "Carter", "Çelik", "de Souza", "Evans", "Morris"];
  surnames.push("Oakes", "Özdemir", "Öztürk", "Şahin", "Smart", "Young", "Zander");
  const integration = await loadSession("integration-service");
  const created: string[] = [];
  // Made in another order than the alphabet's, some as household members, each with a date of birth.
  for (const [i, surname] of [...surnames].reverse().entries()) {
    const response = await request.post("/api/v1/persons", {
      headers: { authorization: `Bearer ${integration.token}` },
      data: {
        title: "Ms",
        firstName,
        surname,
        dateOfBirth: randomDateOfBirth().iso,
        personTypes: i % 3 === 0 ? ["HouseholdMember"] : ["Tenant"],
        reason: "Added by an end-to-end test",
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    created.push(((await response.json()) as { id: string }).id);
  }
  await searchable(
    request,
    token,
    { url: "/api/v1/search/persons", params: { searchText: firstName, pageSize: 100 }, found: foundPersonIds },
    created,
  );
  const status = searchResults(page).getByRole("status");

  await page.goto("/search");
  await searchInStaffApp(page, "Person", firstName);
  await expect(status).toHaveText(`Items 1–12 of ${surnames.length} results`);
  await page.getByLabel("Sort by").selectOption({ label: "Surname A to Z" });
  await expect(page).toHaveURL(/[?&]sortBy=surname(&|$)/);
  await expect(searchResults(page).getByRole("heading", { level: 3 }).first()).toHaveText(`Ms ${firstName} Abbott`);
  const cards = await cardsOfEveryPage(page, 2);
  expect(cards.map((card) => card.title)).toEqual(surnames.map((surname) => `Ms ${firstName} ${surname}`));

  const { name, text } = await downloadCsv(page);
  expect(name).toMatch(/^persons-\d{4}-\d{2}-\d{2}\.csv$/);
  const { header, records } = csvRecords(text);
  expect(header).toEqual(["Name", "Known as", "Person types", "Cautionary alert", "Date of birth", "Tenures"]);
  // Row for card, in the screen's order, each cell in the card's words.
  expect(
    records.map((record) => [record.Name, record["Person types"], record["Date of birth"], record.Tenures]),
  ).toEqual(
    cards.map((card) => [
      card.title,
      card.tags.filter((tag) => tag !== "Cautionary alert").join(", "),
      card.details["Date of birth"],
      card.details.Tenure,
    ]),
  );
  expect(records.map((record) => record["Cautionary alert"])).toEqual(cards.map(() => "No"));
  expect(records.every((record) => /^\d{2}\/\d{2}\/\d{4}$/.test(record["Date of birth"] ?? ""))).toBe(true);
  expect(records.some((record) => record["Person types"] === "Household member")).toBe(true);

  // The other way round, the file follows.
  await page.getByLabel("Sort by").selectOption({ label: "Surname Z to A" });
  await expect(page).toHaveURL(/[?&]isDesc=true(&|$)/);
  await expect(searchResults(page).getByRole("heading", { level: 3 }).first()).toHaveText(`Ms ${firstName} Zander`);
  const reversed = csvRecords((await downloadCsv(page)).text).records.map((record) => record.Name);
  expect(reversed).toEqual([...cards.map((card) => card.title)].reverse());
});

test("a property search's download starts where the screen does, best match first, and follows it over every page", async ({
  page,
  request,
  signedInAs,
}) => {
  const { token } = await signedInAs("housing-officer");
  // An estate with a block of 14 flats: the estate, the block and 14 flats, two pages of 12.
  const estate = await createEstate(request, [14]);
  const everything = [
    estate.id,
    ...estate.blocks.flatMap((block) => [block.id, ...block.homes.map((home) => home.id)]),
  ];
  await searchable(
    request,
    token,
    { url: "/api/v1/search/assets", params: { searchText: estate.stem, pageSize: 100 }, found: foundAssetIds },
    everything,
  );

  await page.goto("/search");
  await searchInStaffApp(page, "Property", estate.stem);
  await expect(searchResults(page).getByRole("status")).toHaveText(`Items 1–12 of ${everything.length} results`);
  const cards = await cardsOfEveryPage(page, 2);
  expect(cards).toHaveLength(everything.length);

  const { header, records } = csvRecords((await downloadCsv(page)).text);
  expect(header).toEqual([
    "Property",
    "Address",
    "Type",
    "UPRN",
    "Property reference",
    "Tenure",
    "Residents",
    "Part of",
    "Cautionary alert",
  ]);
  expect(records.map((record) => record.Property)).toEqual(cards.map((card) => card.title));
  expect(records.map((record) => [record.Type, record["Property reference"], record.Tenure])).toEqual(
    cards.map((card) => [card.details.Type, card.details["Property reference"], card.details.Tenure]),
  );
});

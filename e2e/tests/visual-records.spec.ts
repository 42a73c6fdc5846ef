import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { pageWidths } from "../support/page-checks.ts";
import { foundPersonIds, searchable } from "../support/search.ts";
import { type TVisualRecords, visualPaymentReference, visualRecords } from "../support/visual-records.ts";

// Screenshot tests of the person, tenure, search and suspense pages at a desk's, a tablet's and a phone's width, on records of
// fixed names made for them (visual-records.ts). What moves with the day or the run (references
// handed out in turn, ages, the times of changes) is masked. Refresh after an intended change of
// look with `pnpm test:e2e visual-records --update-snapshots`, and review the pictures.
// One worker makes the records once (beforeAll), then takes each page in turn.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let records: TVisualRecords;

test.beforeAll(async ({ request }) => {
  records = await visualRecords(request);
});

/** A summary list row's value, by the row's label ("Added"). */
function summaryValue(label: string): string {
  return `.govuk-summary-list__row:has(> dt:text-is("${label}")) > dd`;
}

async function atEveryWidth(page: Page, name: string, ready: () => Promise<void>, masked: (page: Page) => string[]) {
  for (const size of pageWidths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await ready();
    await expect(page).toHaveScreenshot(`${name}-${size.width}.png`, {
      fullPage: true,
      mask: masked(page).map((selector) => page.locator(selector)),
    });
  }
}

test("a person's page", async ({ page, signedInAs }) => {
  await signedInAs("housing-officer");
  await page.goto(`/persons/${records.personId}`);
  await atEveryWidth(
    page,
    "person",
    () => expect(page.getByText("07700 900555", { exact: true }).first()).toBeVisible(),
    // The reference is handed out in turn; the age moves with the day; so do the times of changes.
    () => ["Reference", "Date of birth", "Age", "Added", "Last changed"].map(summaryValue).concat("time"),
  );
});

test("a tenure's page", async ({ page, signedInAs }) => {
  await signedInAs("housing-officer");
  await page.goto(`/tenures/${records.tenureId}`);
  await atEveryWidth(
    page,
    "tenure",
    () => expect(page.getByRole("link", { name: /Quillfeather/ }).first()).toBeVisible(),
    () => ["time"],
  );
});

test("the search page with a person found", async ({ page, request, signedInAs }) => {
  const { token } = await signedInAs("housing-officer");
  await searchable(
    request,
    token,
    { url: "/api/v1/search/persons", params: { searchText: "Zephyrine Quillfeather" }, found: foundPersonIds },
    [records.personId],
  );
  await page.goto("/search?type=person&searchText=Zephyrine%20Quillfeather");
  await atEveryWidth(
    page,
    "search",
    () => expect(page.getByRole("link", { name: /Quillfeather/ }).first()).toBeVisible(),
    () => [],
  );
});

test("the suspense list filtered to one payment", async ({ page, signedInAs }) => {
  await signedInAs("finance-officer");
  await page.goto(`/finance/suspense?searchText=${encodeURIComponent(visualPaymentReference)}`);
  await atEveryWidth(
    page,
    "suspense",
    () => expect(page.getByRole("link", { name: new RegExp(visualPaymentReference) })).toBeVisible(),
    () => [],
  );
});

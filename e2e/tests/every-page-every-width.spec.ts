import { ZPropertyAccountSearchResult } from "@housing/schemas/search";
import { expect, test } from "../support/fixtures.ts";
import { addPhone, contactDetails, dramaMobiles } from "../support/contact-details.ts";
import { expectUsableAtEveryWidth } from "../support/page-checks.ts";
import { createEstate, letHome, openRentAccount, recordSuspensePayment } from "../support/properties.ts";
import { foundPersonIds, searchable } from "../support/search.ts";
import { randomLetters } from "../support/persons.ts";

// Each main page, at a desk's, a tablet's and a phone's width: nothing overflows sideways, axe finds
// no serious or critical fault, and on touch screens every control is at least 44 px. Each page is
// checked three times over, axe included: more than the usual half minute.
test.describe.configure({ timeout: 120_000 });

test("the sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("button", { name: "Sign in" })).toBeVisible());
});

test("the home page and the search page with results", async ({ page, request, signedInAs }) => {
  const estate = await createEstate(request, [1]);
  const tenure = await letHome(request, estate.blocks[0]?.homes[0]?.id ?? "");
  const { token } = await signedInAs("housing-officer");
  await searchable(
    request,
    token,
    { url: "/api/v1/search/persons", params: { searchText: tenure.holder.surname }, found: foundPersonIds },
    [tenure.holder.id],
  );
  await page.goto("/");
  await expectUsableAtEveryWidth(page, () =>
    expect(page.getByRole("search", { name: "Housing records" })).toBeVisible(),
  );
  await page.goto(`/search?searchText=${tenure.holder.surname}&type=person`);
  await expectUsableAtEveryWidth(page, () =>
    expect(page.getByRole("link", { name: new RegExp(tenure.holder.surname) }).first()).toBeVisible(),
  );
});

test("a person's page with contact details, and the forms to edit and add a person", async ({
  page,
  request,
  signedInAs,
}) => {
  const estate = await createEstate(request, [1]);
  const tenure = await letHome(request, estate.blocks[0]?.homes[0]?.id ?? "");
  const session = await signedInAs("housing-officer");
  const [number] = dramaMobiles(1);
  await addPhone(request, session, tenure.holder.id, { number: number ?? "", subType: "mainNumber", area: "housing" });

  await page.goto(`/persons/${tenure.holder.id}`);
  await expectUsableAtEveryWidth(page, () =>
    expect(contactDetails(page).getByText(number ?? "", { exact: true })).toBeVisible(),
  );
  await page.goto(`/persons/${tenure.holder.id}/edit`);
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("button", { name: /Save/ })).toBeVisible());
  await page.goto("/persons/new");
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
});

test("a tenure's page and the property pages of an estate, a block and a home", async ({
  page,
  request,
  signedInAs,
}) => {
  const estate = await createEstate(request, [3]);
  const block = estate.blocks[0];
  const home = block?.homes[0];
  const tenure = await letHome(request, home?.id ?? "");
  await signedInAs("housing-officer");

  await page.goto(`/tenures/${tenure.id}`);
  await expectUsableAtEveryWidth(page, () =>
    expect(page.getByRole("link", { name: new RegExp(tenure.holder.surname) }).first()).toBeVisible(),
  );
  for (const id of [estate.id, block?.id, home?.id]) {
    await page.goto(`/properties/${id ?? ""}`);
    await expectUsableAtEveryWidth(page, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  }
  // A void home of the same block, and the form that lets it.
  await page.goto(`/properties/${block?.homes[1]?.id ?? ""}/start-tenancy`);
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
});

test("the finance pages: rent accounts, the suspense list and a payment", async ({ page, request, signedInAs }) => {
  const estate = await createEstate(request, [1]);
  const tenure = await letHome(request, estate.blocks[0]?.homes[0]?.id ?? "");
  await openRentAccount(request, tenure.id, { weeklyRent: 118.4, weeklyServiceCharge: 5.1, arrears: 250 });
  const payment = await recordSuspensePayment(request, {
    paymentReference: `RENT ${randomLetters(8).toUpperCase()}`,
    amount: 97.35,
    senderName: `MS M ${tenure.holder.surname.toUpperCase()}`,
  });
  const { token } = await signedInAs("finance-officer");

  await page.goto(`/finance/accounts?lookUpType=TenantName&searchText=${tenure.holder.surname}`);
  await expectUsableAtEveryWidth(page, () => expect(page.getByText(tenure.paymentReference).first()).toBeVisible());
  await searchable(
    request,
    token,
    {
      url: "/api/v1/search/property-accounts",
      params: { searchText: estate.name, assetTypes: "Estate" },
      found: (answer) => ZPropertyAccountSearchResult.parse(answer).results.assets.map((asset) => asset.id),
    },
    [estate.id],
  );
  await page.getByRole("radio", { name: "Properties and estates" }).check();
  await page.getByRole("textbox", { name: "Search" }).fill(estate.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("button", { name: `Show 1 block in ${estate.name}` }).click();
  await expectUsableAtEveryWidth(page, () =>
    expect(page.getByRole("link", { name: estate.blocks[0]?.name ?? "" }).first()).toBeVisible(),
  );
  await page.goto("/finance/suspense");
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("table").first()).toBeVisible());
  await page.goto(`/finance/suspense/${payment.id}`);
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
});

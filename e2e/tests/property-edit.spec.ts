import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { expectUsableAtEveryWidth } from "../support/page-checks.ts";
import { randomLetters, uniqueSurname } from "../support/persons.ts";
import { createEstate, uniquePostcode } from "../support/properties.ts";
import { foundAssetIds, searchInStaffApp, searchable } from "../support/search.ts";
import { loadSession } from "../support/sessions.ts";

// Housing managers and administrators change a property's address and management flags; housing
// officers see the property but not the action, and the API refuses them.

async function homeOfItsOwn(request: APIRequestContext) {
  const postCode = uniquePostcode();
  const estate = await createEstate(request, [1], { postCode });
  const home = estate.blocks[0]?.homes[0];
  if (!home) throw new Error("The estate was made without its home");
  return { ...home, postCode };
}

/** A new address nobody else's test or the demo data has: "Flat 4, Quillxyz Mews". */
function newAddress() {
  const street = `${uniqueSurname("Quill").replace(/^./, (first) => first.toUpperCase())} Mews`;
  const uprn = `9${Array.from({ length: 11 }, () => Math.floor(Math.random() * 10)).join("")}`;
  return { line1: `Flat 4, ${street}`, street, postCode: uniquePostcode(), uprn };
}

async function patchAsset(request: APIRequestContext, token: string, id: string, version: number, data: object) {
  return request.patch(`/api/v1/assets/${id}`, {
    headers: { authorization: `Bearer ${token}`, "if-match": `"${version}"` },
    data,
  });
}

function editForm(page: Page) {
  return page.getByRole("form", { name: "Edit property" });
}

test("a housing manager changes a home's address and flags, and sees them on its page and in search", async ({
  page,
  request,
  signedInAs,
}) => {
  const home = await homeOfItsOwn(request);
  const address = newAddress();
  const { token } = await signedInAs("housing-manager");
  await page.goto(`/properties/${home.id}`);
  await page.getByRole("link", { name: "Edit property" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit property" })).toBeVisible();
  await expectUsableAtEveryWidth(page, () => expect(page.getByRole("button", { name: "Save changes" })).toBeVisible());

  const form = editForm(page);
  await form.getByLabel("Address line 1").fill(address.line1);
  await form.getByLabel("Address line 2 (optional)").fill("");
  await form.getByLabel("Postcode").fill("E9");
  await form.getByLabel("UPRN (optional)").fill("12-34");
  await form.getByRole("button", { name: "Save changes" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText([
    "Enter a real UK postcode, like E8 1DY",
    "A UPRN is up to 12 digits",
  ]);
  await expect(form.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Postcode").fill(address.postCode.toLowerCase().replace(" ", ""));
  await form.getByLabel("UPRN (optional)").fill(address.uprn);
  await form.getByRole("checkbox", { name: "Void" }).check();
  await form.getByRole("checkbox", { name: "Lettable" }).uncheck();
  await form.getByLabel("Rent group").selectOption("TAG");
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(`/properties/${home.id}`);
  await expect(page.getByRole("alert").filter({ hasText: "The property's details have been saved" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${address.line1}, ${address.postCode}`);
  const details = page.getByRole("main").locator("dl").first();
  await expect(details).toContainText(address.uprn);
  await expect(details.locator(".govuk-tag")).toHaveText(["Void", "Rent group TAG"]);
  await expect(page.getByRole("region", { name: "Activity history" })).toContainText(
    `changed postcode from ${home.postCode} to ${address.postCode}`,
  );

  await searchable(
    request,
    token,
    { url: "/api/v1/search/assets", params: { searchText: address.street }, found: foundAssetIds },
    [home.id],
  );
  await page.goto("/");
  await searchInStaffApp(page, "Property", address.street);
  await expect(page.getByRole("main").getByRole("link", { name: new RegExp(address.line1) })).toBeVisible();
});

test("someone else's save in the meantime is shown, and the manager carries on from the latest version", async ({
  page,
  request,
  signedInAs,
}) => {
  const home = await homeOfItsOwn(request);
  const address = newAddress();
  await signedInAs("housing-manager");
  await page.goto(`/properties/${home.id}/edit`);
  const form = editForm(page);
  await form.getByLabel("Address line 1").fill(address.line1);
  const register = await loadSession("integration-service");
  expect((await patchAsset(request, register.token, home.id, 1, { rentGroup: "LSC" })).status()).toBe(200);

  await form.getByRole("button", { name: "Save changes" }).click();
  const conflict = page
    .getByRole("alert")
    .filter({ hasText: "Someone else changed this record while you were editing" });
  await expect(conflict).toBeVisible();
  const differences = page.getByRole("table", { name: "Differences" });
  await expect(differences.getByRole("row", { name: /Rent group/ })).toContainText("LSC");
  await page.getByRole("button", { name: "Load the latest version" }).click();
  await expect(page.getByText("You are now editing the latest version")).toBeVisible();
  await expect(form.getByLabel("Rent group")).toHaveValue("LSC");
  await expect(form.getByLabel("Address line 1")).toHaveValue(address.line1);
  await form.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(address.line1);
  await expect(page.getByRole("main").locator(".govuk-tag", { hasText: "Rent group LSC" })).toBeVisible();
});

test("a housing officer sees the property without Edit property, and the API refuses the change", async ({
  page,
  request,
  signedInAs,
}) => {
  const home = await homeOfItsOwn(request);
  const { token } = await signedInAs("housing-officer");
  await page.goto(`/properties/${home.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.address);
  await expect(page.getByRole("link", { name: "Edit property" })).toHaveCount(0);
  await page.goto(`/properties/${home.id}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: "You cannot edit this property" })).toBeVisible();

  const refused = await patchAsset(request, token, home.id, 1, { addressLine1: `Flat 9, ${randomLetters(8)}` });
  expect(refused.status()).toBe(403);
});

import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { addPhone, dramaMobiles } from "../support/contact-details.ts";
import { createEstate, letHome } from "../support/properties.ts";

/** Whether the whole element is inside the window as it is now, without scrolling. */
async function isInFirstView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const window = page.viewportSize();
  return box !== null && window !== null && box.y >= 0 && box.y + box.height <= window.height;
}

test("on a desk, what an officer needs on a call is on screen without scrolling, and every section is one click away", async ({
  page,
  request,
  signedInAs,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const estate = await createEstate(request, [1]);
  const home = estate.blocks[0]?.homes[0];
  const tenure = await letHome(request, home?.id ?? "");
  const session = await signedInAs("housing-officer");
  const [number = ""] = dramaMobiles(1);
  await addPhone(request, session, tenure.holder.id, { number, subType: "mainNumber", area: "housing" });
  const email = `${tenure.holder.surname.toLowerCase()}@example.org`;
  const added = await request.post("/api/v1/contact-details", {
    headers: { authorization: `Bearer ${session.token}` },
    data: {
      targetId: tenure.holder.id,
      targetType: "person",
      contactInformation: { contactType: "email", subType: "home", value: email },
      sourceServiceArea: { area: "housing", isDefault: true },
    },
  });
  expect(added.status(), await added.text()).toBe(201);

  await page.goto(`/persons/${tenure.holder.id}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(tenure.holder.surname) })).toBeVisible();
  const atAGlance = page.getByLabel("At a glance");
  await expect(atAGlance.getByRole("link", { name: home?.address ?? "" })).toBeVisible();
  await expect(atAGlance.getByText(number)).toBeVisible();
  await expect(atAGlance.getByText(email)).toBeVisible();
  for (const fact of [
    page.getByRole("heading", { level: 1 }),
    atAGlance.getByText("Reference"),
    atAGlance.getByText("Date of birth"),
    atAGlance.getByRole("link", { name: home?.address ?? "" }),
    atAGlance.getByText(number),
    atAGlance.getByText(email),
  ]) {
    expect(await isInFirstView(page, fact), `${fact.toString()} is on screen without scrolling`).toBe(true);
  }

  const sections = page.getByRole("navigation", { name: "On this record" });
  await sections.getByRole("link", { name: "Contact details" }).click();
  await expect(page).toHaveURL(new RegExp(`/persons/${tenure.holder.id}#contact-details$`));
  await expect(page.getByRole("heading", { level: 2, name: "Contact details", exact: true })).toBeInViewport();

  await page.goto(`/persons/${tenure.holder.id}#activity-history`);
  await expect(page.getByRole("heading", { level: 2, name: "Activity history" })).toBeInViewport();
});

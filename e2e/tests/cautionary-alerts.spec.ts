import { ZPersonSearchResult } from "@housing/schemas/search";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { createEstate, letHome } from "../support/properties.ts";
import { searchInStaffApp, searchResults, searchThroughApi } from "../support/search.ts";
import { loadSession } from "../support/sessions.ts";

function alertsSection(page: Page) {
  return page.getByRole("region", { name: "Cautionary alerts" });
}

/** A day a month before the product's today, as the date boxes want it. */
async function aMonthAgo(page: Page): Promise<{ day: string; month: string; year: string }> {
  const now = await page.evaluate(() => Date.now());
  const day = new Date(now - 30 * 86_400_000);
  return { day: String(day.getUTCDate()), month: String(day.getUTCMonth() + 1), year: String(day.getUTCFullYear()) };
}

test("a housing manager raises an alert on a person, sees the warning and the search marker, and ends it", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-manager");
  const surname = uniqueSurname("Penhaligon");
  const person = await createPerson(request, session, {
    firstName: "Jory",
    surname,
    dateOfBirth: randomDateOfBirth().iso,
  });

  await page.goto(`/persons/${person.id}`);
  const section = alertsSection(page);
  await expect(section.getByText("No current alerts.")).toBeVisible();
  await section.getByRole("button", { name: "Raise an alert" }).click();
  const form = section.getByRole("form", { name: "Raise a cautionary alert" });
  await form.getByRole("button", { name: "Raise alert" }).click();
  await expect(form.getByRole("alert")).toContainText("Choose the type of alert");
  await expect(form.getByRole("alert")).toContainText("Enter a description of the risk");

  await form.getByLabel("Type of alert").selectOption({ label: "No lone visits (CV)" });
  await form.getByLabel("Description").fill("Visit in pairs: threatened an officer on the doorstep");
  const start = await aMonthAgo(page);
  const startDate = form.getByRole("group", { name: "Start date" });
  await startDate.getByLabel("Day").fill(start.day);
  await startDate.getByLabel("Month").fill(start.month);
  await startDate.getByLabel("Year").fill(start.year);
  await form.getByRole("button", { name: "Raise alert" }).click();

  await expect(section.getByText('The alert "No lone visits" has been raised')).toBeVisible();
  const warning = page.locator("#cautionary-alert-warning");
  await expect(warning).toContainText("Cautionary alert: No lone visits");

  // The search index follows within moments; the card then carries the marker.
  await expect
    .poll(async () => {
      const answer = await searchThroughApi(request, session.token, {
        url: "/api/v1/search/persons",
        params: { searchText: surname },
      });
      return ZPersonSearchResult.parse(answer).results.persons.map((p) => p.isPersonCautionaryAlerted);
    })
    .toEqual([true]);
  await page.goto("/search");
  await searchInStaffApp(page, "Person", surname);
  const card = searchResults(page).getByRole("listitem").filter({ hasText: surname }).first();
  await expect(card.getByText("Cautionary alert", { exact: true })).toBeVisible();
  await card.getByRole("link").first().click();

  await alertsSection(page).getByRole("button", { name: "End alert (No lone visits)" }).click();
  const endForm = alertsSection(page).getByRole("form", { name: "End alert: No lone visits" });
  await endForm.getByLabel("Reason for ending (optional)").fill("Officer moved on; risk reviewed");
  await endForm.getByRole("button", { name: "End alert", exact: true }).click();
  await page
    .getByRole("dialog", { name: "End this alert?" })
    .getByRole("button", { name: "Yes, end the alert" })
    .click();

  await expect(alertsSection(page).getByText('The alert "No lone visits" has been ended')).toBeVisible();
  await expect(alertsSection(page).getByText("No current alerts.")).toBeVisible();
  await expect(alertsSection(page)).toContainText("Officer moved on; risk reviewed");
  await expect(page.locator("#cautionary-alert-warning")).toHaveCount(0);
  const activity = page.getByRole("region", { name: "Activity history" });
  await expect(activity).toContainText("ended the cautionary alert: No lone visits");
  await expect(activity).toContainText("raised a cautionary alert: No lone visits");
});

test("a housing officer sees a person's alerts but may not raise or end them, and the API refuses", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, {
    firstName: "Senara",
    surname: uniqueSurname("Trelawny"),
    dateOfBirth: randomDateOfBirth().iso,
  });
  const alert = {
    targetType: "person",
    targetId: person.id,
    alertCode: "DOG",
    description: "Large dog loose in the garden",
    startDate: "2024-01-15",
  };
  const manager = await loadSession("housing-manager");
  const raised = await request.post("/api/v1/cautionary-alerts", {
    headers: { authorization: `Bearer ${manager.token}` },
    data: alert,
  });
  expect(raised.status(), await raised.text()).toBe(201);

  await page.goto(`/persons/${person.id}`);
  await expect(page.locator("#cautionary-alert-warning")).toContainText("Cautionary alert: Dangerous dog");
  const section = alertsSection(page);
  await expect(section).toContainText("Large dog loose in the garden");
  await expect(section.getByRole("button", { name: "Raise an alert" })).toHaveCount(0);
  await expect(section.getByRole("button", { name: /End alert/ })).toHaveCount(0);

  const refused = await request.post("/api/v1/cautionary-alerts", {
    headers: { authorization: `Bearer ${session.token}` },
    data: alert,
  });
  expect(refused.status()).toBe(403);
});

test("a property's and a tenure's current alerts show as a warning at the top of their pages", async ({
  page,
  request,
  signedInAs,
}) => {
  await signedInAs("housing-officer");
  const manager = await loadSession("housing-manager");
  const estate = await createEstate(request, [1]);
  const home = estate.blocks[0]?.homes[0];
  if (home === undefined) throw new Error("The estate has no home");
  const tenure = await letHome(request, home.id);
  const raise = async (targetType: string, targetId: string, alertCode: string) => {
    const response = await request.post("/api/v1/cautionary-alerts", {
      headers: { authorization: `Bearer ${manager.token}` },
      data: { targetType, targetId, alertCode, description: "Noted by the caretaker", startDate: "2024-03-01" },
    });
    expect(response.status(), await response.text()).toBe(201);
  };
  await raise("asset", home.id, "ASP");
  await raise("tenure", tenure.id, "ASB");

  await page.goto(`/properties/${home.id}`);
  await expect(page.locator("#cautionary-alert-warning")).toContainText("Cautionary alert: Asbestos present");
  await expect(alertsSection(page)).toContainText("Noted by the caretaker");

  await page.goto(`/tenures/${tenure.id}`);
  await expect(page.locator("#cautionary-alert-warning")).toContainText("Cautionary alert: Anti-social behaviour");
  await expect(alertsSection(page).getByRole("button", { name: "Raise an alert" })).toHaveCount(0);
});

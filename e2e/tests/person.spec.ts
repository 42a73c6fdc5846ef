import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { type TStoredSession, sessionStorageKey } from "../support/sessions.ts";

/** A second tab signed in as the same officer (sessionStorage belongs to one tab). */
async function openSecondTab(page: Page, session: TStoredSession): Promise<Page> {
  const other = await page.context().newPage();
  await other.addInitScript(({ key, value }) => window.sessionStorage.setItem(key, value), {
    key: sessionStorageKey,
    value: JSON.stringify(session),
  });
  return other;
}

test("adding a person shows a near-duplicate first, and the officer can still create the new record", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const firstName = "Rosalind";
  const surname = uniqueSurname("Quill");
  const typo = `${surname.slice(0, -1)}${surname.endsWith("a") ? "e" : "a"}`;
  const dateOfBirth = randomDateOfBirth();
  await createPerson(request, session, { firstName, surname, dateOfBirth: dateOfBirth.iso });

  await page.goto("/persons/new");
  await page.getByLabel("Title", { exact: true }).selectOption("Ms");
  await page.getByLabel("First name", { exact: true }).fill(firstName);
  await page.getByLabel("Last name", { exact: true }).fill(typo);
  const dateOfBirthGroup = page.getByRole("group", { name: "Date of birth" });
  await dateOfBirthGroup.getByLabel("Day").fill(dateOfBirth.day);
  await dateOfBirthGroup.getByLabel("Month").fill(dateOfBirth.month);
  await dateOfBirthGroup.getByLabel("Year").fill(dateOfBirth.year);
  await page.getByRole("checkbox", { name: "Tenant" }).check();
  await page.getByLabel("Reason for adding this person").fill("New tenancy sign-up");
  await page.getByRole("button", { name: "Add person" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "This person may already exist" })).toBeVisible();
  const existing = page.getByRole("heading", { name: new RegExp(`${firstName} ${surname}`) });
  await expect(existing).toBeVisible();
  await expect(page.getByText(/same date of birth/i).first()).toBeVisible();

  await page.getByRole("button", { name: "This is a new person — create record" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Ms ${firstName} ${typo}` })).toBeVisible();
  await expect(page.getByText(`Ms ${firstName} ${typo} has been added`)).toBeVisible();
  await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}$/);
});

test("an edited first name is saved and shows in the activity history", async ({ page, request, signedInAs }) => {
  const session = await signedInAs("housing-officer");
  const surname = uniqueSurname("Okafor");
  const person = await createPerson(request, session, {
    firstName: "Amara",
    surname,
    dateOfBirth: randomDateOfBirth().iso,
  });

  await page.goto(`/persons/${person.id}`);
  await page.getByRole("link", { name: "Edit personal details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit personal details" })).toBeVisible();
  await page.getByLabel("First name", { exact: true }).fill("Amarachi");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByText("Your changes have been saved")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Ms Amarachi ${surname}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Activity history" })).toContainText(
    `${session.user.name} changed first name from Amara to Amarachi`,
  );
});

test("saving over someone else's newer change shows the conflict and keeps what the officer entered", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const surname = uniqueSurname("Nwosu");
  const person = await createPerson(request, session, {
    firstName: "Chidi",
    surname,
    dateOfBirth: randomDateOfBirth().iso,
  });

  await page.goto(`/persons/${person.id}/edit`);
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Chidi");
  const otherTab = await openSecondTab(page, session);
  await otherTab.goto(`/persons/${person.id}/edit`);
  await expect(otherTab.getByLabel("First name", { exact: true })).toHaveValue("Chidi");

  await otherTab.getByLabel("Place of birth (optional)").fill("Enugu");
  await otherTab.getByRole("button", { name: "Save changes" }).click();
  await expect(otherTab.getByText("Your changes have been saved")).toBeVisible();

  await page.getByLabel("First name", { exact: true }).fill("Chidinma");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "Someone else changed this record while you were editing" }),
  ).toBeVisible();
  await expect(page.getByText("Your changes have not been saved.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Differences" })).toContainText("Enugu");
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Chidinma");
});

test("a date of birth in the future is refused with a message at the field and in the summary", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("housing-officer");

  await page.goto("/persons/new");
  await page.getByLabel("First name", { exact: true }).fill("Tomas");
  await page.getByLabel("Last name", { exact: true }).fill(uniqueSurname("Kowalski"));
  const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
  await dateOfBirth.getByLabel("Day").fill("1");
  await dateOfBirth.getByLabel("Month").fill("6");
  // In the future whatever day the test runs, or the product's clock is on.
  await dateOfBirth.getByLabel("Year").fill("2099");
  await page.getByRole("button", { name: "Add person" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "This date cannot be in the future" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select a title" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select at least one person type" })).toBeVisible();
  await expect(dateOfBirth).toContainText("This date cannot be in the future");
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page).toHaveURL("/persons/new");
});

import { expect, test } from "../support/fixtures.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";

test("a housing manager records a passport seen, with validation first, and removes it again", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-manager");
  const person = await createPerson(request, session, {
    firstName: "Ines",
    surname: uniqueSurname("Carvalho"),
    dateOfBirth: randomDateOfBirth().iso,
  });

  await page.goto(`/persons/${person.id}`);
  const section = page.getByRole("region", { name: "Equality information" });
  await section.getByRole("button", { name: "Show equality information" }).click();
  await expect(section.getByText("No identification recorded.")).toBeVisible();

  await section.getByRole("button", { name: "Add identification" }).click();
  const form = section.getByRole("form", { name: "Add identification" });
  await form.getByRole("button", { name: "Add identification" }).click();
  await expect(form.getByRole("alert")).toContainText("Select an identification type from the list");

  await form.getByLabel("Document", { exact: true }).selectOption("Passport");
  await form.getByLabel("Document number").fill("503948271");
  await form.getByLabel("I have seen the original document").check();
  await form.getByRole("button", { name: "Add identification" }).click();

  await expect(section.getByRole("status").filter({ hasText: "Passport added" })).toBeVisible();
  const row = section.getByRole("row", { name: /Passport \(original seen\).*503948271/ });
  await expect(row).toContainText(session.user.name);

  await row.getByRole("button", { name: "Remove passport 503948271" }).click();
  await page
    .getByRole("dialog", { name: "Remove this identification?" })
    .getByRole("button", {
      name: "Remove identification",
    })
    .click();
  await expect(section.getByText("No identification recorded.")).toBeVisible();
  await expect(section.getByRole("status").filter({ hasText: "Passport removed" })).toBeVisible();
});

test("a housing officer is told their role cannot see equality information", async ({ page, request, signedInAs }) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, {
    firstName: "Tomasz",
    surname: uniqueSurname("Nowak"),
    dateOfBirth: randomDateOfBirth().iso,
  });

  await page.goto(`/persons/${person.id}`);
  const section = page.getByRole("region", { name: "Equality information" });
  await section.getByRole("button", { name: "Show equality information" }).click();
  await expect(section.getByText("Your role does not give you access to equality information.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Add identification" })).toHaveCount(0);
});

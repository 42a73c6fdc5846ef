import type { Page } from "@playwright/test";
import { addPhone, contactDetails, dramaMobiles } from "../support/contact-details.ts";
import { expect, test } from "../support/fixtures.ts";
import { createPerson, uniqueSurname } from "../support/persons.ts";
import { loadSession } from "../support/sessions.ts";

function kwameMensah() {
  return { title: "Mr", firstName: "Kwame", surname: uniqueSurname("Mensah"), dateOfBirth: "1981-09-17" };
}

async function addMobileInTheForm(page: Page, number: string): Promise<void> {
  const section = contactDetails(page);
  await section.getByRole("button", { name: "Add a phone number" }).click();
  await section.getByLabel("Type of phone number").selectOption({ label: "Mobile" });
  await section.getByLabel("Phone number", { exact: true }).fill(number);
  await section.getByRole("button", { name: "Save phone number" }).click();
}

test("an officer adds a mobile, replaces it with another, and finds the old one under Show historic", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, kwameMensah());
  const [oldNumber = "", newNumber = ""] = dramaMobiles(2);
  await page.goto(`/persons/${person.id}`);
  const section = contactDetails(page);
  await expect(section.getByText("No phone numbers recorded.")).toBeVisible();

  await addMobileInTheForm(page, oldNumber);
  await expect(section.getByText(`Mobile ${oldNumber} has been added`)).toBeVisible();
  await expect(section.getByText(oldNumber, { exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/addContact/);

  await addMobileInTheForm(page, newNumber);
  await expect(section.getByText(`Mobile ${newNumber} has been added`)).toBeVisible();
  await expect(section.getByText(newNumber, { exact: true })).toBeVisible();

  await section.getByRole("button", { name: `Mark as historic ${oldNumber}` }).click();
  const dialog = page.getByRole("dialog", { name: `Mark ${oldNumber} as historic?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Mark as historic" }).click();

  await expect(dialog).toBeHidden();
  await expect(section.getByText(`${oldNumber} has been marked as historic`)).toBeVisible();
  await expect(section.getByText(oldNumber, { exact: true })).toHaveCount(0);
  await expect(section.getByText(newNumber, { exact: true })).toBeVisible();

  await section.getByRole("link", { name: "Show historic" }).click();
  const historic = page.getByRole("region", { name: "Historic contact details" });
  await expect(historic.getByText(oldNumber, { exact: true })).toBeVisible();
  await expect(historic).toContainText(/From \d{2}\/\d{2}\/\d{4} to \d{2}\/\d{2}\/\d{4}/);
  await expect(historic.getByText(newNumber, { exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Activity history" })).toContainText(
    `${session.user.name} marked contact detail`,
  );
});

test("a number with who it belongs to typed into it is refused with a message that says what to do", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, kwameMensah());
  await page.goto(`/persons/${person.id}`);

  await addMobileInTheForm(page, "0791121212121 - Daughter");

  const message = "Enter a phone number using digits only; put who it belongs to in the sub-type and description";
  const section = contactDetails(page);
  await expect(section.getByRole("alert").getByRole("link", { name: message })).toBeVisible();
  await expect(section.getByLabel("Phone number", { exact: true })).toHaveAccessibleDescription(new RegExp(message));
  await expect(section.getByText("No phone numbers recorded.")).toBeVisible();
});

test("with five active phone numbers the add button is disabled and says why", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, kwameMensah());
  for (const number of dramaMobiles(5)) {
    await addPhone(request, session, person.id, { number, subType: "mobile", area: "housing" });
  }

  await page.goto(`/persons/${person.id}`);

  const addButton = contactDetails(page).getByRole("button", { name: "Add a phone number" });
  await expect(addButton).toBeDisabled();
  await expect(addButton).toHaveAccessibleDescription(
    "You can have up to 5 active phone numbers for housing — mark one as historic to add another",
  );
  await expect(contactDetails(page).getByRole("button", { name: "Add an email address" })).toBeEnabled();
});

test("a social care officer does not see the phone numbers housing recorded", async ({ page, request, signedInAs }) => {
  const housingOfficer = await loadSession("housing-officer");
  const socialCareOfficer = await signedInAs("social-care-officer");
  const person = await createPerson(request, housingOfficer, kwameMensah());
  const [housingNumber = "", socialCareNumber = ""] = dramaMobiles(2);
  await addPhone(request, housingOfficer, person.id, { number: housingNumber, subType: "mobile", area: "housing" });
  await addPhone(request, socialCareOfficer, person.id, {
    number: socialCareNumber,
    subType: "socialWorker",
    area: "social-care",
    description: "Allocated social worker",
  });

  await page.goto(`/persons/${person.id}`);

  const section = contactDetails(page);
  await expect(section.getByText(socialCareNumber, { exact: true })).toBeVisible();
  await expect(section.getByText(housingNumber)).toHaveCount(0);
  await section.getByRole("link", { name: "Show historic" }).click();
  await expect(page.getByRole("region", { name: "Historic contact details" })).toBeVisible();
  await expect(section.getByText(housingNumber)).toHaveCount(0);
});

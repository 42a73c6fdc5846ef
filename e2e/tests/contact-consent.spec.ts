import { addPhone, contactDetails, dramaMobiles } from "../support/contact-details.ts";
import { expect, test } from "../support/fixtures.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { signInAs } from "../support/sign-in.ts";

const socialCareOfficer = /Priya Shah \(Social care officer\)/;
const housingOfficer = /Hannah Holt \(Housing officer\)/;

test("social care sees a housing phone number only while the resident's consent to share it stands", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, {
    firstName: "Amara",
    surname: uniqueSurname("Okafor"),
    dateOfBirth: randomDateOfBirth().iso,
  });
  const [number = ""] = dramaMobiles(1);
  await addPhone(request, session, person.id, {
    number,
    subType: "mobile",
    area: "housing",
    recordValidUntil: "2099-03-01",
  });

  await page.goto(`/persons/${person.id}`);
  const section = contactDetails(page);
  await expect(section.getByText(number, { exact: true })).toBeVisible();
  await expect(section.getByText("Valid until 01/03/2099")).toBeVisible();

  await section.getByRole("button", { name: `Share with another area: ${number}` }).click();
  const form = section.getByRole("form", { name: `Share ${number} with another area` });
  await form.getByRole("button", { name: "Share phone number" }).click();
  const summary = section.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Select which service areas to share it with" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter who gave consent" })).toBeVisible();
  await expect(form.getByLabel("Who gave consent?")).toHaveAccessibleDescription(/Enter who gave consent/);

  await form.getByRole("group", { name: "Which service areas can see it?" }).getByLabel("Social care").check();
  await form.getByLabel("Who gave consent?").fill("the resident");
  const ends = form.getByRole("group", { name: "When does consent end? (optional)" });
  await ends.getByLabel("Day").fill("31");
  await ends.getByLabel("Month").fill("12");
  await ends.getByLabel("Year").fill("2099");
  await form.getByRole("button", { name: "Share phone number" }).click();

  await expect(section.getByText(`${number} is now shared with social care`)).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(section).toContainText(
    new RegExp(
      `Shared with Social care until 31/12/2099 — consent given by the resident, recorded by ${session.user.name} on \\d{2}/\\d{2}/\\d{4}`,
    ),
  );

  await signInAs(page, socialCareOfficer);
  await page.goto(`/persons/${person.id}`);
  await expect(section.getByText(number, { exact: true })).toBeVisible();
  await expect(section.getByText("Shared with you by Housing")).toBeVisible();
  await expect(section.getByRole("button", { name: new RegExp(number) })).toHaveCount(0);

  await signInAs(page, housingOfficer);
  await page.goto(`/persons/${person.id}`);
  await section.getByRole("button", { name: `Withdraw consent for social care to see ${number}` }).click();
  const dialog = page.getByRole("dialog", { name: `Withdraw consent for social care to see ${number}?` });
  await dialog.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(`Social care can no longer see ${number}`)).toBeVisible();
  await expect(section.getByText(/Shared with Social care/)).toHaveCount(0);
  await expect(section.getByText(number, { exact: true })).toBeVisible();

  await signInAs(page, socialCareOfficer);
  await page.goto(`/persons/${person.id}`);
  await expect(section.getByText("No phone numbers recorded.")).toBeVisible();
  await expect(section.getByText(number)).toHaveCount(0);
});

import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { expectUsableAtEveryWidth } from "../support/page-checks.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { createEstate, letHome } from "../support/properties.ts";
import { foundPersonIds, searchable } from "../support/search.ts";
import { type TStoredSession, loadSession } from "../support/sessions.ts";

// 12 digits: never one of the demo data's references, nor letHome's 11-digit ones.
const paymentReference = () => `8${Array.from({ length: 11 }, () => Math.floor(Math.random() * 10)).join("")}`;

/** Finds a person by surname in a form's person search and chooses them. */
async function choosePerson(page: Page, searchLabel: string, surname: string, fullName: string) {
  await page.getByLabel(searchLabel).fill(surname);
  await page.getByRole("button", { name: "Search for a person" }).click();
  await page.getByRole("button", { name: `Choose ${fullName}` }).click();
}

async function fillDate(page: Page, legend: string, iso: string) {
  const [year = "", month = "", day = ""] = iso.split("-");
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(Number(day)));
  await group.getByLabel("Month").fill(String(Number(month)));
  await group.getByLabel("Year").fill(year);
}

const personTypesOn = (page: Page) =>
  page.locator(".govuk-summary-list__row").filter({ hasText: "Person types" }).locator("dd").first();

const fullNameOf = (person: { firstName: string; surname: string }) => `Ms ${person.firstName} ${person.surname}`;

type TNewPerson = { firstName: string; surname: string; dateOfBirth: string };

/** Two people made through the API (each a Tenant to start with), once the person search finds them. */
async function twoSearchablePeople(request: APIRequestContext, session: TStoredSession) {
  const people: (TNewPerson & { id: string })[] = [];
  for (const firstName of ["Kerensa", "Jowan"]) {
    const person = { firstName, surname: uniqueSurname("Penrose"), dateOfBirth: randomDateOfBirth().iso };
    const { id } = await createPerson(request, session, person);
    const params = { searchText: person.surname };
    await searchable(request, session.token, { url: "/api/v1/search/persons", params, found: foundPersonIds }, [id]);
    people.push({ ...person, id });
  }
  const [holder, member] = people;
  if (holder === undefined || member === undefined) throw new Error("Two people were not made");
  return { holder, member };
}

/** From the void home's page: the form, first sent empty, then a leasehold with its holder and member. */
async function startLeasehold(page: Page, homeId: string, holder: TNewPerson, member: TNewPerson) {
  await page.goto(`/properties/${homeId}`);
  await expect(page.getByText("No current tenure")).toBeVisible();
  await page.getByRole("link", { name: "Start a tenancy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Start a tenancy" })).toBeVisible();
  await expectUsableAtEveryWidth(page, () => expect(page.getByLabel("Payment reference")).toBeVisible());

  await page.getByRole("button", { name: "Start tenancy" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText("Choose the type of tenure");
  await expect(summary).toContainText("Choose at least one named tenure holder");

  await page.getByLabel("Type of tenure").selectOption({ label: "Leasehold (RTB)" });
  await fillDate(page, "Start date", "2021-04-05");
  const reference = paymentReference();
  await page.getByLabel("Payment reference").fill(reference);
  await choosePerson(page, "Find a person to add", holder.surname, fullNameOf(holder));
  await choosePerson(page, "Find a person to add", member.surname, fullNameOf(member));
  const chosen = page.getByRole("list", { name: "People on the tenancy" });
  await expect(chosen.getByRole("radio", { name: "Named tenure holder" }).first()).toBeChecked();
  await expect(chosen.getByRole("radio", { name: "Household member" }).nth(1)).toBeChecked();
  await page.getByRole("button", { name: "Start tenancy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tenure ${reference}` })).toBeVisible();
  await expect(page.getByText("Tenancy started")).toBeVisible();
}

/** A person not yet on the system: added on the add-person page, which brings them back to the tenure. */
async function addNewcomerToHousehold(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Add a person to the household" }).click();
  await page.getByRole("link", { name: "Add a new person" }).click();
  const newcomer = { firstName: "Tamsin", surname: uniqueSurname("Penrose") };
  await page.getByLabel("Title", { exact: true }).selectOption("Ms");
  await page.getByLabel("First name", { exact: true }).fill(newcomer.firstName);
  await page.getByLabel("Last name", { exact: true }).fill(newcomer.surname);
  await fillDate(page, "Date of birth", randomDateOfBirth().iso);
  await page.getByRole("checkbox", { name: "Household member" }).check();
  await page.getByLabel("Reason for adding this person").fill("Joined the household");
  await page.getByRole("button", { name: "Add person" }).click();
  const addForm = page.getByRole("form", { name: "Add a person to the household" });
  await expect(addForm).toContainText(fullNameOf(newcomer));
  await addForm.getByRole("button", { name: "Add to household" }).click();
  await expect(page.getByText(`${fullNameOf(newcomer)} has been added to the household`)).toBeVisible();
  return newcomer.surname;
}

async function removeFromHousehold(page: Page, person: TNewPerson) {
  const name = `Remove from household: ${fullNameOf(person)}`;
  await page.getByRole("table", { name: "Household members" }).getByRole("button", { name, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this person from the household?" });
  await dialog.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByText(`${fullNameOf(person)} has been removed from the household`)).toBeVisible();
}

/** Ends the tenancy: a day before its start is refused, the day after a year is taken. */
async function endTenancy(page: Page) {
  await page.getByRole("button", { name: "End tenancy" }).click();
  const endForm = page.getByRole("form", { name: "End tenancy" });
  const confirm = () =>
    page.getByRole("dialog", { name: "End this tenancy?" }).getByRole("button", { name: "Yes, end the tenancy" });
  await fillDate(page, "End date", "2021-01-01");
  await endForm.getByLabel("Reason").selectOption("Tenant gave notice");
  await endForm.getByRole("button", { name: "End tenancy" }).click();
  await confirm().click();
  await expect(endForm.getByRole("alert")).toContainText("The end date cannot be before the start date");
  await fillDate(page, "End date", "2022-04-04");
  await endForm.getByRole("button", { name: "End tenancy" }).click();
  await confirm().click();
  await expect(page.getByText("The tenancy has been ended")).toBeVisible();
}

test.describe.configure({ timeout: 120_000 });

test("a housing officer lets a void home, changes its household and ends the tenancy", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const home = (await createEstate(request, [1])).blocks[0]?.homes[0];
  if (home === undefined) throw new Error("The estate has no home");
  const { holder, member } = await twoSearchablePeople(request, session);

  await startLeasehold(page, home.id, holder, member);
  const holders = page.getByRole("table", { name: "Named tenure holders" });
  const household = page.getByRole("table", { name: "Household members" });
  await expect(holders).toContainText(holder.surname);
  await expect(household).toContainText(member.surname);
  const tenureUrl = page.url();
  await page.goto(`/persons/${holder.id}`);
  await expect(personTypesOn(page)).toHaveText("Leaseholder");
  await page.goto(`/persons/${member.id}`);
  await expect(personTypesOn(page)).toHaveText("Household member");
  await page.goto(tenureUrl);

  const newcomer = await addNewcomerToHousehold(page);
  await expect(household).toContainText(newcomer);
  await removeFromHousehold(page, member);
  await expect(household).not.toContainText(member.surname);
  await expect(household).toContainText(newcomer);

  await endTenancy(page);
  await expect(page.getByText("Ended", { exact: true })).toBeVisible();
  await expect(page.getByText("Reason: Tenant gave notice")).toBeVisible();
  await expect(page.getByRole("button", { name: "End tenancy" })).toHaveCount(0);
  const history = page.getByRole("region", { name: "Activity history" });
  await expect(history).toContainText("ended the tenancy on 04/04/2022 (Tenant gave notice)");
  await expect(history).toContainText(`removed ${fullNameOf(member)} from the household`);
  await expect(history).toContainText(`added ${fullNameOf(holder)} to the household as a named tenure holder`);
});

test("staff without a housing role see no tenancy actions, and the API refuses them", async ({
  page,
  request,
  signedInAs,
}) => {
  const estate = await createEstate(request, [2]);
  const [letOne, voidOne] = estate.blocks[0]?.homes ?? [];
  if (letOne === undefined || voidOne === undefined) throw new Error("The estate has too few homes");
  const tenure = await letHome(request, letOne.id);
  const finance = await signedInAs("finance-officer");

  await page.goto(`/tenures/${tenure.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Tenure ${tenure.paymentReference}` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Named tenure holders" })).toContainText(tenure.holder.surname);
  await expect(page.getByRole("button", { name: "Add a person to the household" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "End tenancy" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Remove from household/ })).toHaveCount(0);
  await page.goto(`/properties/${voidOne.id}`);
  await expect(page.getByText("No current tenure")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a tenancy" })).toHaveCount(0);

  const headers = { authorization: `Bearer ${finance.token}` };
  const created = await request.post("/api/v1/tenures", {
    headers,
    data: {
      paymentReference: paymentReference(),
      tenureTypeCode: "SEC",
      assetId: voidOne.id,
      startOfTenureDate: "2021-04-05",
    },
  });
  expect(created.status()).toBe(403);
  const member = `/api/v1/tenures/${tenure.id}/household-members/${tenure.holder.id}`;
  expect((await request.put(member, { headers, data: { isResponsible: false } })).status()).toBe(403);
  expect((await request.delete(member, { headers })).status()).toBe(403);
  const ended = await request.post(`/api/v1/tenures/${tenure.id}/end`, {
    headers: { ...headers, "if-match": '"1"' },
    data: { endOfTenureDate: "2022-04-04", terminationReason: "Eviction" },
  });
  expect(ended.status()).toBe(403);

  // The home is let: a housing officer's second tenure on it is refused, naming the home.
  const housing = await loadSession("housing-officer");
  const again = await request.post("/api/v1/tenures", {
    headers: { authorization: `Bearer ${housing.token}` },
    data: {
      paymentReference: paymentReference(),
      tenureTypeCode: "SEC",
      assetId: letOne.id,
      startOfTenureDate: "2023-01-01",
    },
  });
  expect(again.status()).toBe(409);
  expect(await again.json()).toMatchObject({ fieldErrors: [{ path: "assetId" }] });
});

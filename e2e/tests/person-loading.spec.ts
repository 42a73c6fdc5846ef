import type { Page, Request } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { addPhone, contactDetails, dramaMobiles } from "../support/contact-details.ts";
import { createPerson, randomDateOfBirth, uniqueSurname } from "../support/persons.ts";
import { foundPersonIds, searchInStaffApp, searchable } from "../support/search.ts";

/** The tRPC procedures a request asks for ("/trpc/person.get,contactDetails.list?batch=1…"). */
function proceduresOf(request: Request): string[] {
  const { pathname } = new URL(request.url());
  return pathname.startsWith("/trpc/") ? decodeURIComponent(pathname.slice("/trpc/".length)).split(",") : [];
}

/** Every tRPC procedure the page asks for from now on, in order, with the moment it was asked. */
function recordProcedureCalls(page: Page): { procedure: string; at: number }[] {
  const calls: { procedure: string; at: number }[] = [];
  page.on("request", (request) => {
    for (const procedure of proceduresOf(request)) calls.push({ procedure, at: Date.now() });
  });
  return calls;
}

test("the person page asks for the person, their contact details and activity at once, not one after another", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const person = await createPerson(request, session, {
    firstName: "Isolde",
    surname: uniqueSurname("Parallel"),
    dateOfBirth: randomDateOfBirth().iso,
  });
  const [number = ""] = dramaMobiles(1);
  await addPhone(request, session, person.id, { number, subType: "mainNumber", area: "housing" });
  await page.goto("/");
  const calls = recordProcedureCalls(page);
  const personArrived = page.waitForResponse((response) => proceduresOf(response.request()).includes("person.get"));

  await page.goto(`/persons/${person.id}`);
  const arrivedAt = (await personArrived, Date.now());

  await expect(contactDetails(page).getByText(number, { exact: true })).toBeVisible();
  const askedBeforeThePersonArrived = calls.filter((call) => call.at <= arrivedAt).map((call) => call.procedure);
  expect(askedBeforeThePersonArrived).toEqual(
    expect.arrayContaining(["person.get", "contactDetails.list", "person.activity"]),
  );
  // Equality data is read only on the officer's click: every read of it is audited.
  expect(calls.map((call) => call.procedure)).not.toContain("person.equality.get");
});

test("pointing at a search result loads the person, so the page opens without waiting", async ({
  page,
  request,
  signedInAs,
}) => {
  const session = await signedInAs("housing-officer");
  const surname = uniqueSurname("Prefetch");
  const person = await createPerson(request, session, {
    firstName: "Ottoline",
    surname,
    dateOfBirth: randomDateOfBirth().iso,
  });
  await searchable(
    request,
    session.token,
    { url: "/api/v1/search/persons", params: { searchText: surname }, found: foundPersonIds },
    [person.id],
  );
  await page.goto("/");
  await searchInStaffApp(page, "Person", surname);
  const link = page.getByRole("main").getByRole("link", { name: new RegExp(surname) });
  await expect(link).toBeVisible();
  const calls = recordProcedureCalls(page);

  const loaded = page.waitForResponse((response) => proceduresOf(response.request()).includes("person.get"));
  await link.hover();
  await loaded;
  expect(calls.map((call) => call.procedure)).toEqual(
    expect.arrayContaining(["person.get", "contactDetails.list", "person.activity"]),
  );
  const askedBeforeTheClick = calls.length;

  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(surname) })).toBeVisible();
  await expect(page.getByRole("region", { name: "Contact details", exact: true })).toBeVisible();
  // Nothing the page shows was asked for again.
  const askedAfter = calls.slice(askedBeforeTheClick).map((call) => call.procedure);
  expect(askedAfter).not.toContain("person.get");
  expect(askedAfter).not.toContain("contactDetails.list");
});

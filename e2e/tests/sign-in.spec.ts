import { expect, test } from "../support/fixtures.ts";

test("a housing officer signs in on the sign-in page and lands on the home page", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await page.getByRole("radio", { name: /Hannah Holt \(Housing officer\)/ }).check();
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a person, property or tenure" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Hannah Holt");
  await expect(page.getByRole("banner")).toContainText("Housing officer");
  await expect(page.getByRole("search", { name: "Housing records" }).getByLabel("Search")).toBeVisible();
});

test("signing in without choosing a demo user asks for one", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("alert")).toContainText("Select the demo user to sign in as");
  await expect(page).toHaveURL("/sign-in");
});

test("signing out returns to the sign-in page and the home page needs signing in again", async ({
  page,
  signedInAs,
}) => {
  const { user } = await signedInAs("housing-officer");
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText(user.name);

  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();

  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an anonymous visit to the home page is sent to sign in", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Hannah Holt/ })).toBeVisible();
});

test("a reporting account signs in and is told the staff app has nothing for it to use", async ({
  page,
  signedInAs,
}) => {
  await signedInAs("reporting");
  await page.goto("/");

  await expect(page.getByRole("heading", { level: 1, name: "This is a reporting account" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Reporting, read-only");
  const menu = page.getByRole("navigation", { name: "Menu" });
  await expect(menu.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Search" })).toHaveCount(0);
});

import { expect, test } from "../support/fixtures.ts";

test("an unknown address shows Page not found with a way home", async ({ page, signedInAs }) => {
  await signedInAs("housing-officer");
  await page.goto("/no-such-page");

  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a person, property or tenure" })).toBeVisible();
});

test("an unknown address shows Page not found to someone not signed in too", async ({ page }) => {
  await page.goto("/no-such-page");

  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("each demo role sees its own name and role in the header", async ({ page, signedInAs }) => {
  const { user } = await signedInAs("finance-officer");
  await page.goto("/");

  await expect(page.getByRole("banner")).toContainText(`${user.name} (Finance officer)`);
});

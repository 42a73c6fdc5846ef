import { expect, test } from "../support/fixtures.ts";

// Screenshot tests: the pages whose look does not depend on the day's demo data, compared with the
// baselines in visual.spec.ts-snapshots/ (taken in Debian's Chromium, as CI runs it). After an
// intended change of look, refresh them with `pnpm test:e2e visual --update-snapshots` and review
// the new pictures before committing them.
test.describe("the staff app looks as designed", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expect(page).toHaveScreenshot("sign-in.png", { fullPage: true });
  });

  test("home page of a housing officer", async ({ page, signedInAs }) => {
    await signedInAs("housing-officer");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Find a person, property or tenure" })).toBeVisible();
    await expect(page).toHaveScreenshot("home.png", { fullPage: true });
  });

  test("add-person form sent empty, with its error summary and field messages", async ({ page, signedInAs }) => {
    await signedInAs("housing-officer");
    await page.goto("/persons/new");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page).toHaveScreenshot("add-person-errors.png", { fullPage: true });
  });

  test("page not found", async ({ page, signedInAs }) => {
    await signedInAs("housing-officer");
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveScreenshot("not-found.png", { fullPage: true });
  });
});

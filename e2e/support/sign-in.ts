import { type Page, expect } from "@playwright/test";

/** Signs out and in again through the development sign-in as the demo user whose radio matches `name`. */
export async function signInAs(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await page.getByRole("radio", { name }).check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
}

import type { TRole } from "@housing/schemas/auth";
import { test as base } from "@playwright/test";
import { type TStoredSession, loadSession, sessionStorageKey } from "./sessions.ts";

type Fixtures = {
  /**
   * Starts the page signed in as the demo user with this role, using the token the setup project
   * got for it. Call before the first navigation: the session is put in sessionStorage by an
   * init script, exactly where the sign-in page would have put it.
   */
  signedInAs: (role: TRole) => Promise<TStoredSession>;
};

export const test = base.extend<Fixtures>({
  signedInAs: async ({ page, baseURL }, use) => {
    const appOrigin = new URL(baseURL ?? "http://localhost").origin;
    await use(async (role) => {
      const session = await loadSession(role);
      await page.addInitScript(
        ({ origin, key, value }) => {
          if (window.location.origin !== origin) return;
          // Only on the tab's first page, so a test that signs out stays signed out after navigating.
          if (window.sessionStorage.getItem(`${key}.e2e-seeded`) === null) {
            window.sessionStorage.setItem(`${key}.e2e-seeded`, "yes");
            window.sessionStorage.setItem(key, value);
          }
        },
        { origin: appOrigin, key: sessionStorageKey, value: JSON.stringify(session) },
      );
      return session;
    });
  },
});

export { expect } from "@playwright/test";

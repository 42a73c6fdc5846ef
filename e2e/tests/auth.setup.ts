import { ZDemoUsersResponse, ZDevSignInResponse } from "@housing/schemas/auth";
import { expect, test as setup } from "@playwright/test";
import { saveSession, storedSessionFrom } from "../support/sessions.ts";

// One development sign-in per demo role, saved for the signedInAs fixture (12-hour tokens).
setup("sign in each demo role once", async ({ request }) => {
  const demoUsersResponse = await request.get("/api/v1/auth/demo-users");
  expect(demoUsersResponse.status(), "development sign-in must be on for the e2e server").toBe(200);
  const { users } = ZDemoUsersResponse.parse(await demoUsersResponse.json());
  expect(users.length).toBeGreaterThan(0);

  for (const user of users) {
    const response = await request.post("/api/v1/auth/dev-sign-in", { data: { userId: user.id } });
    expect(response.status(), `dev sign-in as ${user.id}`).toBe(200);
    const signedIn = ZDevSignInResponse.parse(await response.json());
    await saveSession(user.role, storedSessionFrom(signedIn));
  }
});

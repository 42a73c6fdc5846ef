import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type TDevSignInResponse, type TRole, ZActor } from "@housing/schemas/auth";
import { z } from "zod";
import { expiryOnThisClock } from "../../apps/web/src/auth/session-expiry.ts";

/**
 * The staff app keeps its session in sessionStorage under this key (apps/web/src/auth/session-store.ts).
 * Playwright's storageState does not carry sessionStorage, so the fixtures write it themselves.
 */
export const sessionStorageKey = "housing-platform.session";

/** The shape session-store.ts reads back; it drops anything else and sends the user to sign in. */
const ZStoredSession = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime(), user: ZActor });
export type TStoredSession = z.infer<typeof ZStoredSession>;

// Inside Playwright's output folder, which every run empties before the setup project writes here.
const sessionsDir = fileURLToPath(new URL("../test-results/.auth/", import.meta.url));

function sessionFile(role: TRole): string {
  return path.join(sessionsDir, `${role}.json`);
}

/** Mirrors what the sign-in page stores after a development sign-in (auth-api.ts, sessionFromSignIn). */
export function storedSessionFrom(response: TDevSignInResponse): TStoredSession {
  const { id, name, email, role, serviceAreas } = response.user;
  return {
    token: response.token,
    expiresAt: expiryOnThisClock(response.token, response.expiresAt),
    user: { id, name, email, roles: [role], serviceAreas },
  };
}

export async function saveSession(role: TRole, session: TStoredSession): Promise<void> {
  await mkdir(sessionsDir, { recursive: true });
  await writeFile(sessionFile(role), `${JSON.stringify(session, null, 2)}\n`);
}

export async function loadSession(role: TRole): Promise<TStoredSession> {
  let text: string;
  try {
    text = await readFile(sessionFile(role), "utf8");
  } catch {
    throw new Error(`No saved session for ${role}: the "setup" project signs each role in; run the whole suite.`);
  }
  return ZStoredSession.parse(JSON.parse(text));
}

import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TDevSignInResponse } from "@housing/schemas/auth";
import { SignJWT } from "jose";
import { AppError } from "../kernel/app-error.ts";
import { findDemoUser } from "./demo-users.ts";
import { type GroupRoles, groupForRole } from "./roles.ts";

export const tokenLifetimeSeconds = 12 * 60 * 60;

/** Signs a 12-hour HS256 token for a demo user, with the group that grants their role. */
export async function signInAsDemoUser(options: {
  userId: string;
  secret: Uint8Array;
  groupRoles: GroupRoles;
  clock: { now(): Date };
}): Promise<TDevSignInResponse> {
  const user = findDemoUser(options.userId);
  if (!user) {
    throw new AppError("Invalid", "There is no such demo user", {
      fieldErrors: [{ path: "userId", message: "Choose one of the demo users" }],
    });
  }
  const group = groupForRole(user.role, options.groupRoles) ?? user.role;
  const issuedAt = Math.floor(options.clock.now().getTime() / 1000);
  const expiresAt = issuedAt + tokenLifetimeSeconds;
  const token = await new SignJWT({ name: user.name, email: user.email, groups: [group] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.id)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(options.secret);
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString(), user };
}

/**
 * The local secret for development tokens: generated once and kept in DATA_DIR so tokens
 * survive restarts.
 */
export async function loadOrCreateDevSecret(dataDir: string): Promise<Uint8Array> {
  const file = path.join(dataDir, "dev-jwt-secret");
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return new TextEncoder().encode(existing);
  } catch (error) {
    if (!isMissingFile(error)) throw error;
  }
  const secret = randomBytes(48).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return new TextEncoder().encode(secret);
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

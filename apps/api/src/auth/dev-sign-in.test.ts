import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { roles } from "@housing/schemas/auth";
import { AppError } from "../kernel/app-error.ts";
import { demoUsers } from "./demo-users.ts";
import { loadOrCreateDevSecret, signInAsDemoUser, tokenLifetimeSeconds } from "./dev-sign-in.ts";
import { defaultGroupRoles } from "./roles.ts";
import { createTokenVerifier } from "./token-verifier.ts";

const secret = new TextEncoder().encode("a-test-secret-that-is-long-enough-for-hs256");
const clock = { now: () => new Date("2026-03-02T10:00:00Z") };

describe("development sign-in", () => {
  it("offers one fictional demo user per role, all at example.org", () => {
    expect(demoUsers.map((user) => user.role).sort()).toEqual([...roles].sort());
    expect(demoUsers.every((user) => user.email.endsWith("@example.org"))).toBe(true);
    expect(demoUsers.find((user) => user.role === "housing-officer")?.name).toBe("Hannah Holt");
  });

  it("issues a 12-hour token that verifies as the demo user with their role", async () => {
    const result = await signInAsDemoUser({
      userId: "demo-finance-manager",
      secret,
      groupRoles: defaultGroupRoles,
      clock,
    });
    expect(result.expiresAt).toBe(new Date(clock.now().getTime() + tokenLifetimeSeconds * 1000).toISOString());
    expect(tokenLifetimeSeconds).toBe(12 * 3600);
    const actor = await createTokenVerifier({ secret, groupRoles: defaultGroupRoles, clock })(result.token);
    expect(actor).toMatchObject({ id: "demo-finance-manager", roles: ["finance-manager"], serviceAreas: ["finance"] });
  });

  it("uses the configured group name for the role, so the token maps back under AUTH_GROUPS", async () => {
    const groupRoles = { "HACKNEY-SOCIAL-CARE": "social-care-officer" } as const;
    const result = await signInAsDemoUser({ userId: "demo-social-care-officer", secret, groupRoles, clock });
    const actor = await createTokenVerifier({ secret, groupRoles, clock })(result.token);
    expect(actor.roles).toEqual(["social-care-officer"]);
  });

  it("an unknown demo user is refused as invalid input", async () => {
    const error = await signInAsDemoUser({ userId: "nobody", secret, groupRoles: defaultGroupRoles, clock }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("Invalid");
  });

  describe("the local secret", () => {
    const dirs: string[] = [];
    afterAll(async () => {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    });

    it("is generated once and kept in DATA_DIR, so tokens survive restarts", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "housing-secret-"));
      dirs.push(dir);
      const dataDir = path.join(dir, "nested", ".data");
      const first = await loadOrCreateDevSecret(dataDir);
      const second = await loadOrCreateDevSecret(dataDir);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect((await readFile(path.join(dataDir, "dev-jwt-secret"), "utf8")).trim()).toBe(
        new TextDecoder().decode(first),
      );
    });
  });
});

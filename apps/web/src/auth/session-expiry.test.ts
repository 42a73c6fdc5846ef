import { describe, expect, it } from "vitest";
import { expiryOnThisClock } from "./session-expiry.ts";

function tokenIssuedAt(iat: number): string {
  const payload = btoa(JSON.stringify({ sub: "u", iat, exp: iat + 43_200 }))
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
  return `eyJhbGciOiJIUzI1NiJ9.${payload}.signature`;
}

describe("session expiry", () => {
  const browserNow = Date.parse("2026-12-01T10:00:00Z");

  it("a token from a server whose clock is on another day lasts its lifetime on the browser's clock", () => {
    const issued = Date.parse("2026-06-30T10:00:00Z") / 1000;
    expect(expiryOnThisClock(tokenIssuedAt(issued), "2026-06-30T22:00:00.000Z", browserNow)).toBe(
      "2026-12-01T22:00:00.000Z",
    );
  });

  it("a token it cannot read keeps the expiry the server gave", () => {
    expect(expiryOnThisClock("not-a-token", "2026-12-01T22:00:00.000Z", browserNow)).toBe("2026-12-01T22:00:00.000Z");
  });
});

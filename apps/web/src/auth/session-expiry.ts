import { z } from "zod";

const ZIssuedAt = z.object({ iat: z.number() });

/**
 * The token's expiry on this browser's clock: its lifetime (exp − iat) from now. The server's clock
 * may be on another day (DEMO_AS_OF) or a little off; the server still refuses an expired token.
 */
export function expiryOnThisClock(token: string, expiresAt: string, now: number = Date.now()): string {
  try {
    const payload = (token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/");
    const { iat } = ZIssuedAt.parse(JSON.parse(atob(payload)));
    return new Date(now + Date.parse(expiresAt) - iat * 1000).toISOString();
  } catch {
    return expiresAt;
  }
}

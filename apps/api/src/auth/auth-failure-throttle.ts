import type { AccessLogger } from "./access.ts";

export type AuthFailureThrottleOptions = {
  /** Failed authentications an address may have within a window before it is refused. */
  limit?: number;
  windowMs?: number;
  /** Addresses tracked at once; the oldest are forgotten first, so a spray of addresses cannot fill memory. */
  maxAddresses?: number;
  /** Milliseconds, monotonic enough for windows (the product's clock may be set to another day). */
  now?: () => number;
  logger: AccessLogger;
};

export type AuthFailureThrottle = {
  /** Seconds until the address may try again; 0 when it may now. */
  retryAfterSeconds(address: string): number;
  /** Counts a failed authentication (a refused or missing token) from the address. */
  recordFailure(address: string): void;
  /** Counts a request refused because the address is throttled, for the summary. */
  recordRefusal(address: string): void;
  /** How many addresses are tracked now. */
  size(): number;
};

type Window = { startedAt: number; failures: number; refused: number };

/**
 * Per-instance throttle of failed authentications by client address, held in memory: it slows a
 * flood of bad tokens down, it is no invariant. Each address has a fixed window from its first
 * failure; past `limit` failures its requests are refused until the window ends. Refusals are
 * logged in summary, one line when an address is throttled and one when its window ends.
 */
export function createAuthFailureThrottle(options: AuthFailureThrottleOptions): AuthFailureThrottle {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();
  let lastSweep = now();

  const isOver = (window: Window, at: number) => at - window.startedAt >= windowMs || at < window.startedAt;

  function forget(address: string, window: Window) {
    windows.delete(address);
    if (window.refused > 0) {
      options.logger.warn(
        {
          clientAddress: address,
          failures: window.failures,
          refusedRequests: window.refused,
          windowSeconds: windowMs / 1000,
        },
        "Authentication throttle lifted",
      );
    }
  }

  function sweep(at: number) {
    if (at - lastSweep < windowMs && windows.size <= maxAddresses) return;
    lastSweep = at;
    for (const [address, window] of windows) if (isOver(window, at)) forget(address, window);
    // Still too many live windows: forget the oldest (a Map iterates in insertion order).
    for (const [address, window] of windows) {
      if (windows.size <= maxAddresses) break;
      forget(address, window);
    }
  }

  function current(address: string, at: number): Window | undefined {
    const window = windows.get(address);
    if (window && isOver(window, at)) {
      forget(address, window);
      return undefined;
    }
    return window;
  }

  return {
    retryAfterSeconds(address) {
      const at = now();
      sweep(at);
      const window = current(address, at);
      if (!window || window.failures < limit) return 0;
      return Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000));
    },
    recordFailure(address) {
      const at = now();
      const window = current(address, at) ?? { startedAt: at, failures: 0, refused: 0 };
      window.failures += 1;
      windows.set(address, window);
      if (window.failures === limit) {
        options.logger.warn(
          { clientAddress: address, failures: window.failures, windowSeconds: windowMs / 1000 },
          "Authentication failures throttled: this address's requests are refused until its window ends",
        );
      }
      sweep(at);
    },
    recordRefusal(address) {
      const window = windows.get(address);
      if (window) window.refused += 1;
    },
    size: () => windows.size,
  };
}

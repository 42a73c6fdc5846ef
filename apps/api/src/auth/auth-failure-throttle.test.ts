import { describe, expect, it } from "vitest";
import { createAuthFailureThrottle } from "./auth-failure-throttle.ts";

function throttleAt(options: { limit?: number; maxAddresses?: number } = {}) {
  let now = 1_000_000;
  const warnings: { bindings: object; message: string }[] = [];
  const throttle = createAuthFailureThrottle({
    limit: 3,
    windowMs: 60_000,
    ...options,
    now: () => now,
    logger: { warn: (bindings, message) => warnings.push({ bindings, message }) },
  });
  return { throttle, warnings, advance: (ms: number) => (now += ms) };
}

describe("the authentication failure throttle", () => {
  it("lets an address fail up to the limit, then refuses it until its window ends", () => {
    const { throttle, advance } = throttleAt();
    throttle.recordFailure("203.0.113.7");
    throttle.recordFailure("203.0.113.7");
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(0);
    advance(10_000);
    throttle.recordFailure("203.0.113.7");
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(50);
    expect(throttle.retryAfterSeconds("198.51.100.1")).toBe(0);
    advance(49_500);
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(1);
    advance(500);
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(0);
  });

  it("logs one line when an address is throttled and one summary when its window ends", () => {
    const { throttle, warnings, advance } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.recordFailure("203.0.113.7");
    for (let i = 0; i < 500; i++) {
      if (throttle.retryAfterSeconds("203.0.113.7") > 0) throttle.recordRefusal("203.0.113.7");
    }
    expect(warnings).toHaveLength(1);
    advance(60_000);
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(0);
    expect(warnings.map((warning) => warning.bindings)).toEqual([
      { clientAddress: "203.0.113.7", failures: 3, windowSeconds: 60 },
      { clientAddress: "203.0.113.7", failures: 3, refusedRequests: 500, windowSeconds: 60 },
    ]);
  });

  it("forgets ended windows and never tracks more than its maximum of addresses", () => {
    const { throttle, advance } = throttleAt({ maxAddresses: 100 });
    for (let i = 0; i < 1000; i++) throttle.recordFailure(`10.0.${Math.floor(i / 256)}.${i % 256}`);
    expect(throttle.size()).toBeLessThanOrEqual(100);
    advance(60_000);
    throttle.recordFailure("203.0.113.7");
    expect(throttle.size()).toBe(1);
  });

  it("treats a clock that went back as a window that ended", () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.recordFailure("203.0.113.7");
    advance(-86_400_000);
    expect(throttle.retryAfterSeconds("203.0.113.7")).toBe(0);
  });
});

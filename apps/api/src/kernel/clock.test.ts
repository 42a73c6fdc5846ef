import { describe, expect, it } from "vitest";
import { clockOnDay } from "./clock.ts";

describe("clock on another day", () => {
  it("reports that day at the real time of day, and time still passes", () => {
    let real = Date.parse("2026-12-01T14:30:00Z");
    const clock = clockOnDay("2027-03-15", { now: () => new Date(real) });
    expect(clock.now().toISOString()).toBe("2027-03-15T14:30:00.000Z");
    real += 10 * 60 * 60_000;
    expect(clock.now().toISOString()).toBe("2027-03-16T00:30:00.000Z");
  });
});

import { describe, expect, it } from "vitest";
import { todayIsoDate } from "@housing/schemas/dates";
import { clockOnDay } from "./clock.ts";

describe("clock on another day", () => {
  it("reports that day at the real time of day, and time still passes", () => {
    let real = Date.parse("2026-12-01T14:30:00Z");
    const clock = clockOnDay("2027-03-15", { now: () => new Date(real) });
    expect(clock.now().toISOString()).toBe("2027-03-15T14:30:00.000Z");
    real += 10 * 60 * 60_000;
    expect(clock.now().toISOString()).toBe("2027-03-16T00:30:00.000Z");
  });

  it("is on the day asked for in the council's time, late in the evening of a summer day too", () => {
    // 23:16 in London in December; in June London is an hour ahead of UTC.
    let real = Date.parse("2026-12-04T23:16:00Z");
    const clock = clockOnDay("2026-06-15", { now: () => new Date(real) });
    expect(todayIsoDate(clock.now())).toBe("2026-06-15");
    expect(clock.now().toISOString()).toBe("2026-06-15T22:16:00.000Z");
    real += 45 * 60_000;
    expect(todayIsoDate(clock.now())).toBe("2026-06-16");
  });

  it("keeps the day when it is just after midnight in the council's summer", () => {
    const clock = clockOnDay("2026-12-01", { now: () => new Date(Date.parse("2026-06-14T23:30:00Z")) });
    expect(todayIsoDate(clock.now())).toBe("2026-12-01");
  });
});

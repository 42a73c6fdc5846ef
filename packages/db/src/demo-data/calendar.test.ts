import { describe, expect, it } from "vitest";
import { dayFromParts, financialPeriodOf, mondayOnOrAfter } from "./calendar.ts";

describe("rent calendar", () => {
  it("a financial year starts on 1 April: week 1, month 1, named by the year it starts in", () => {
    expect(financialPeriodOf(dayFromParts(2025, 3, 1))).toEqual({
      financialYear: 2025,
      financialMonth: 1,
      periodNo: 1,
    });
    expect(financialPeriodOf(dayFromParts(2026, 2, 31))).toEqual({
      financialYear: 2025,
      financialMonth: 12,
      periodNo: 53,
    });
    expect(financialPeriodOf(dayFromParts(2025, 3, 8))).toMatchObject({ periodNo: 2 });
    expect(financialPeriodOf(dayFromParts(2026, 0, 15))).toMatchObject({ financialYear: 2025, financialMonth: 10 });
  });

  it("rent weeks start on Mondays", () => {
    const monday = dayFromParts(2025, 10, 17);
    expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
    expect(mondayOnOrAfter(monday)).toBe(monday);
    expect(mondayOnOrAfter(monday + 1)).toBe(monday + 7);
  });
});

import { describe, expect, it } from "vitest";
import {
  chargeInForce,
  financialPeriodOf,
  maskBankAccountNumber,
  maskSortCode,
  penceToDecimal,
  toPence,
  weeklyChargesByType,
} from "./finance-rules.ts";

describe("financial periods", () => {
  it.each([
    { date: "2025-04-01", expected: { financialYear: 2025, financialMonth: 1, periodNo: 1 } },
    { date: "2025-04-07", expected: { financialYear: 2025, financialMonth: 1, periodNo: 1 } },
    { date: "2025-04-08", expected: { financialYear: 2025, financialMonth: 1, periodNo: 2 } },
    { date: "2025-12-25", expected: { financialYear: 2025, financialMonth: 9, periodNo: 39 } },
    { date: "2026-03-31", expected: { financialYear: 2025, financialMonth: 12, periodNo: 53 } },
    { date: "2024-03-31", expected: { financialYear: 2023, financialMonth: 12, periodNo: 53 } },
  ])("$date is in year $expected.financialYear, month $expected.financialMonth, week $expected.periodNo", (row) => {
    expect(financialPeriodOf(row.date)).toEqual(row.expected);
  });
});

describe("money and bank details", () => {
  it("keeps only the last 2 digits of a bank account and sort code", () => {
    expect(maskBankAccountNumber("12345678")).toBe("******78");
    expect(maskBankAccountNumber("******78")).toBe("******78");
    expect(maskSortCode("12-34-56")).toBe("**-**-56");
  });

  it("adds up in pence and writes exact decimals", () => {
    expect(toPence(0.1) + toPence(0.2)).toBe(30);
    expect(penceToDecimal(-123_405)).toBe("-1234.05");
    expect(penceToDecimal(7)).toBe("0.07");
  });

  it("totals the charges in force by type", () => {
    const charges = [
      { chargeType: "DwellingRent", weeklyAmount: 110.1 },
      { chargeType: "ServiceCharge", weeklyAmount: 5.2 },
      { chargeType: "ServiceCharge", weeklyAmount: 0.1 },
    ];
    expect(weeklyChargesByType(charges)).toEqual({
      dwellingRent: 110.1,
      nonDwellingRent: 0,
      serviceCharges: 5.3,
      rentalServiceCharges: 0,
      total: 115.4,
    });
    expect(chargeInForce({ startDate: "2025-01-01", endDate: "2025-03-31" }, "2025-03-31")).toBe(true);
    expect(chargeInForce({ startDate: "2025-01-01", endDate: "2025-03-31" }, "2025-04-01")).toBe(false);
  });
});

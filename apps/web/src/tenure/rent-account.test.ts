import { describe, expect, it } from "vitest";
import { weeklyChargeRows } from "./rent-account.ts";

describe("weekly charges", () => {
  it("are listed dwelling rent first and the total last", () => {
    const rows = weeklyChargeRows({
      dwellingRent: 100,
      nonDwellingRent: 10,
      serviceCharges: 5.5,
      rentalServiceCharges: 1.25,
      total: 116.75,
    });
    expect(rows).toEqual([
      { label: "Dwelling rent", amount: 100, isTotal: false },
      { label: "Non-dwelling rent", amount: 10, isTotal: false },
      { label: "Service charges", amount: 5.5, isTotal: false },
      { label: "Rental service charges", amount: 1.25, isTotal: false },
      { label: "Total", amount: 116.75, isTotal: true },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  ZChargeFields,
  ZRecordTransactionInput,
  ZTransactionExportInput,
  ZTransactionSearchInput,
} from "./finance.schemas.ts";

const charge = {
  chargeType: "DwellingRent",
  chargeCode: "DWR",
  description: "Rent",
  weeklyAmount: 120.5,
  startDate: "2026-04-06",
};

function messagesFor(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("money fields", () => {
  it("ask for a number of pounds in a sentence that reads right", () => {
    expect(messagesFor(ZChargeFields.safeParse({ ...charge, weeklyAmount: "lots" }))).toEqual([
      "weeklyAmount: Enter the weekly amount as a number of pounds",
    ]);
  });

  it("refuse fractions of a penny and amounts beyond the columns", () => {
    expect(messagesFor(ZChargeFields.safeParse({ ...charge, weeklyAmount: 10.005 }))).toEqual([
      "weeklyAmount: The weekly amount must be whole pence",
    ]);
    const payment = {
      transactionType: "Payment",
      transactionSource: "BACS",
      transactionDate: "2026-11-02",
      rentAccountId: "0b8f4a52-6c1e-4d2a-9f3b-1a2b3c4d5e6f",
    };
    expect(messagesFor(ZRecordTransactionInput.safeParse({ ...payment, transactionAmount: 10_000_000 }))).toEqual([
      "transactionAmount: The amount must be less than £10,000,000",
    ]);
    expect(ZRecordTransactionInput.safeParse({ ...payment, transactionAmount: 12.34 }).success).toBe(true);
  });
});

describe("transaction search input", () => {
  it("leaves payments in suspense out unless asked for, and a suspense status asks for them", () => {
    expect(ZTransactionSearchInput.parse({}).isSuspense).toBe(false);
    expect(ZTransactionExportInput.parse({}).isSuspense).toBe(false);
    expect(ZTransactionSearchInput.parse({ isSuspense: "TRUE" }).isSuspense).toBe(true);
    expect(ZTransactionSearchInput.parse({ suspenseStatus: "Proposed" }).isSuspense).toBe(true);
    expect(ZTransactionExportInput.parse({ suspenseStatus: "AwaitingMatch" }).isSuspense).toBe(true);
    expect(messagesFor(ZTransactionSearchInput.safeParse({ isSuspense: "False", suspenseStatus: "Proposed" }))).toEqual(
      ["suspenseStatus: Only payments in suspense have a suspense status: leave isSuspense out"],
    );
  });

  it("reads sortBy in any case, pageNumber as page, and a date-time's date", () => {
    expect(
      ZTransactionSearchInput.parse({
        sortBy: "TransactionAmount",
        pageNumber: "2",
        startDate: "2024-01-01T00:00:00Z",
        endDate: "2024-01-31",
      }),
    ).toMatchObject({ sortBy: "transactionAmount", page: 2, startDate: "2024-01-01", endDate: "2024-01-31" });
  });
});

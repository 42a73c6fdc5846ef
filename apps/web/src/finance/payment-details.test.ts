import { describe, expect, it } from "vitest";
import { maskedBankDetails, paymentStatusOf, paymentStatusText } from "./payment-details.ts";

const proposal = {
  id: "00000000-0000-4000-8000-000000000001",
  transactionId: "00000000-0000-4000-8000-000000000002",
  proposedRentAccountId: "00000000-0000-4000-8000-000000000003",
  note: "Sender is the tenant",
  status: "Proposed" as const,
  proposedAt: "2025-06-01T09:00:00.000Z",
  proposedBy: { id: "demo-finance-officer", name: "Fiona Clarke", email: "fiona.clarke@example.org" },
  decidedAt: null,
  decidedBy: null,
  decisionNote: null,
};

describe("where a payment stands", () => {
  it("a payment in suspense with no open proposal awaits a match, remembering the last rejection", () => {
    expect(paymentStatusOf({ isSuspense: true, suspenseResolutionInfo: null })).toEqual({
      kind: "awaitingMatch",
      lastRejected: null,
    });
    const rejected = { ...proposal, status: "Rejected" as const };
    expect(paymentStatusOf({ isSuspense: true, suspenseResolutionInfo: rejected })).toEqual({
      kind: "awaitingMatch",
      lastRejected: rejected,
    });
  });

  it("an open proposal is awaiting approval, and says by whom", () => {
    const status = paymentStatusOf({ isSuspense: true, suspenseResolutionInfo: proposal });
    expect(status).toEqual({ kind: "proposed", proposal });
    expect(paymentStatusText(status)).toBe("Proposed by Fiona Clarke, awaiting approval");
  });

  it("a payment on an account is matched, with its approval when it came through the suspense account", () => {
    const approved = { ...proposal, status: "Approved" as const };
    expect(paymentStatusOf({ isSuspense: false, suspenseResolutionInfo: approved })).toEqual({
      kind: "matched",
      approval: approved,
    });
    expect(paymentStatusOf({ isSuspense: false, suspenseResolutionInfo: null })).toEqual({
      kind: "matched",
      approval: null,
    });
  });
});

describe("masked bank details", () => {
  it("are shown as stored and read aloud without the asterisks", () => {
    expect(maskedBankDetails({ bankAccountNumber: "******78", sortCode: "**-**-12" })).toEqual({
      shown: "******78 **-**-12",
      spoken: "account ending 78, sort code ending 12",
    });
    expect(maskedBankDetails({ bankAccountNumber: "******78", sortCode: null })).toEqual({
      shown: "******78",
      spoken: "account ending 78",
    });
    expect(maskedBankDetails({ bankAccountNumber: null, sortCode: null })).toBeNull();
  });
});

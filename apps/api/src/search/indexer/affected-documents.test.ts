import { describe, expect, it } from "vitest";
import { referencesIn } from "./affected-documents.ts";

const a = "6d1f4e0a-0000-4000-8000-00000000000a";
const b = "6d1f4e0a-0000-4000-8000-00000000000b";
const entityId = "6d1f4e0a-0000-4000-8000-00000000000e";

describe("referencesIn", () => {
  it("names the person a household change is about, before and after", () => {
    const event = {
      eventType: "HouseholdMemberUpdatedEvent",
      sourceDomain: "tenure",
      entityId,
      oldData: { personId: a, isResponsible: false },
      newData: { personId: a, isResponsible: true, personTenureType: "Tenant" },
    };
    expect(referencesIn(event)).toEqual({ persons: [a, a] });
  });

  it("names the account and tenure a transaction moved, and none for a payment in suspense", () => {
    const transaction = {
      transactionId: entityId,
      transactionType: "Payment",
      transactionDate: "2025-06-09",
      transactionAmount: "10.00",
    };
    expect(
      referencesIn({
        eventType: "TransactionRecordedEvent",
        sourceDomain: "finance",
        entityId,
        oldData: null,
        newData: { ...transaction, rentAccountId: a, tenureId: b, balanceAmount: "10.00", isSuspense: false },
      }),
    ).toEqual({ rentAccounts: [a], tenures: [b] });
    expect(
      referencesIn({
        eventType: "SuspensePaymentRecordedEvent",
        sourceDomain: "finance",
        entityId,
        oldData: null,
        newData: { ...transaction, rentAccountId: null, tenureId: null, balanceAmount: null, isSuspense: true },
      }),
    ).toEqual({ rentAccounts: [null], tenures: [null] });
  });

  it("does not take a proposed account for the payment's account", () => {
    const event = {
      eventType: "SuspenseMatchProposedEvent",
      sourceDomain: "finance",
      entityId,
      oldData: null,
      newData: { resolutionId: a, proposedRentAccountId: b, note: "Same name" },
    };
    expect(referencesIn(event)).toEqual({});
  });

  it("names nothing besides its own entity for an event the union does not describe", () => {
    const event = {
      eventType: "SomethingElse",
      sourceDomain: "person",
      entityId,
      oldData: null,
      newData: { personId: a },
    };
    expect(referencesIn(event)).toEqual({});
  });
});

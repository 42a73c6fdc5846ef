import { describe, expect, it } from "vitest";
import { describePaymentActivity } from "./payment-activity.ts";

const accountId = "00000000-0000-4000-8000-000000000003";
const officer = { id: "demo-finance-officer", name: "Fiona Clarke", email: "fiona.clarke@example.org" };
const manager = { id: "demo-finance-manager", name: "Oliver Grant", email: "oliver.grant@example.org" };
const numbers = (id: string) => (id === accountId ? "1225070666" : undefined);

describe("a payment's history in plain English", () => {
  it("names the account proposed when the page knows it, and quotes the note", () => {
    const event = {
      eventType: "SuspenseMatchProposedEvent",
      user: officer,
      changes: [
        { field: "proposedRentAccountId", oldValue: null, newValue: accountId },
        { field: "note", oldValue: null, newValue: " Sender is the tenant " },
      ],
    };
    expect(describePaymentActivity(event, numbers)).toBe(
      "Fiona Clarke proposed a match to rent account 1225070666, noting “Sender is the tenant”",
    );
    expect(describePaymentActivity(event)).toBe(
      "Fiona Clarke proposed a match to a rent account, noting “Sender is the tenant”",
    );
  });

  it("an approval says where the payment went and the balance it left", () => {
    const event = {
      eventType: "SuspenseMatchApprovedEvent",
      user: manager,
      changes: [
        { field: "rentAccountId", oldValue: null, newValue: accountId },
        { field: "balanceAmount", newValue: "-210.40" },
        { field: "decisionNote", oldValue: null, newValue: null },
      ],
    };
    expect(describePaymentActivity(event, numbers)).toBe(
      "Oliver Grant approved the match: the payment moved to rent account 1225070666, leaving it £210.40 in arrears",
    );
  });

  it("a rejection gives the manager's reason when there is one", () => {
    const event = {
      eventType: "SuspenseMatchRejectedEvent",
      user: manager,
      changes: [
        { field: "proposedRentAccountId", newValue: accountId },
        { field: "decisionNote", newValue: "Different initial" },
      ],
    };
    expect(describePaymentActivity(event, numbers)).toBe(
      "Oliver Grant rejected the match to rent account 1225070666, noting “Different initial”",
    );
  });

  it("recording and unknown events still read as sentences", () => {
    expect(describePaymentActivity({ eventType: "SuspensePaymentRecordedEvent", user: officer, changes: [] })).toBe(
      "Fiona Clarke recorded the payment in the suspense account: no rent account matched its reference",
    );
    expect(describePaymentActivity({ eventType: "PaymentReversedEvent", user: officer, changes: [] })).toBe(
      "Fiona Clarke made a change (payment reversed)",
    );
  });
});

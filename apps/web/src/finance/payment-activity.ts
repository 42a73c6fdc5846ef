import type { TActivity } from "@housing/schemas/person";
import { eventTypeInWords } from "../person/activity-description.ts";
import { describeBalance } from "./money.ts";

type TFieldChange = { field: string; oldValue?: unknown; newValue?: unknown };
/** An activity as the API returns it (the router's output type marks unknown values optional). */
type TActivityEvent = Pick<TActivity, "eventType" | "user"> & { changes: readonly TFieldChange[] };

function newValue(event: TActivityEvent, field: string): unknown {
  return event.changes.find((change) => change.field === field)?.newValue;
}

function noting(note: unknown): string {
  return typeof note === "string" && note.trim() !== "" ? `, noting “${note.trim()}”` : "";
}

/** "rent account 1225070666" when the page knows the account's number, else "a rent account". */
function accountWords(event: TActivityEvent, field: string, accountNumberOf: (id: string) => string | undefined) {
  const id = newValue(event, field);
  const accountNumber = typeof id === "string" ? accountNumberOf(id) : undefined;
  return accountNumber === undefined ? "a rent account" : `rent account ${accountNumber}`;
}

/**
 * A step in a payment's history in plain English, who first: "Fiona Clarke proposed a match to
 * rent account 1225070666, noting “Sender is the tenant”". Amounts are stored as decimal strings.
 */
export function describePaymentActivity(
  event: TActivityEvent,
  accountNumberOf: (id: string) => string | undefined = () => undefined,
): string {
  const who = event.user.name;
  switch (event.eventType) {
    case "SuspensePaymentRecordedEvent":
      return `${who} recorded the payment in the suspense account: no rent account matched its reference`;
    case "TransactionRecordedEvent":
      return `${who} recorded the payment on ${accountWords(event, "rentAccountId", accountNumberOf)}`;
    case "SuspenseMatchProposedEvent":
      return `${who} proposed a match to ${accountWords(event, "proposedRentAccountId", accountNumberOf)}${noting(newValue(event, "note"))}`;
    case "SuspenseMatchRejectedEvent":
      return `${who} rejected the match to ${accountWords(event, "proposedRentAccountId", accountNumberOf)}${noting(newValue(event, "decisionNote"))}`;
    case "SuspenseMatchApprovedEvent": {
      const balance = Number(newValue(event, "balanceAmount"));
      const after = Number.isFinite(balance) ? `, leaving it ${describeBalance(balance)}` : "";
      return `${who} approved the match: the payment moved to ${accountWords(event, "rentAccountId", accountNumberOf)}${after}${noting(newValue(event, "decisionNote"))}`;
    }
    default:
      return `${who} made a change (${eventTypeInWords(event.eventType)})`;
  }
}

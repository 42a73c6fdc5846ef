import type { TActivity, TPersonType } from "@housing/schemas/person";
import { formatPhoneNumber } from "../contact-details/contact-detail-labels.ts";
import { formatDate } from "../dates/display-dates.ts";
import { personFieldLabel, personTypeLabels } from "./person-labels.ts";

export type TFieldChange = { field: string; oldValue?: unknown; newValue?: unknown };
/** An activity as the API returns it (the router's output type marks unknown values optional). */
export type TActivityEvent = Pick<TActivity, "eventType" | "user" | "subject"> & { changes: readonly TFieldChange[] };

function isPersonType(value: unknown): value is TPersonType {
  return typeof value === "string" && Object.hasOwn(personTypeLabels, value);
}

/** A stored value in words: dates dd/mm/yyyy, person types by their labels, lists joined. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "blank";
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((item) => (isPersonType(item) ? personTypeLabels[item] : describeValue(item))).join(", ");
  }
  return "a new value";
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** One change as a clause: "changed first name from Amara to Amarachi", "set place of birth to Lagos". */
export function describeChange(
  { field, oldValue, newValue }: TFieldChange,
  labelOf: (field: string) => string = (name) => personFieldLabel(name).toLowerCase(),
): string {
  const label = labelOf(field);
  if (isEmpty(oldValue)) return `set ${label} to ${describeValue(newValue)}`;
  if (isEmpty(newValue)) return `removed ${label} (was ${describeValue(oldValue)})`;
  return `changed ${label} from ${describeValue(oldValue)} to ${describeValue(newValue)}`;
}

export function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join("");
  return `${clauses.slice(0, -1).join(", ")} and ${clauses.at(-1) ?? ""}`;
}

/** "PersonMergedEvent" → "person merged", for events a page has no wording for yet. */
export function eventTypeInWords(eventType: string): string {
  return eventType
    .replace(/Event$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

// A person's activity includes their contact details' events; `subject` names the detail (the number itself).
const relatedRecordWording: Record<string, (detail: string) => string> = {
  ContactDetailAddedEvent: (detail) => `added contact detail ${detail}`,
  ContactDetailUpdatedEvent: (detail) => `changed contact detail ${detail}`,
  ContactDetailDeactivatedEvent: (detail) => `marked contact detail ${detail} as no longer used`,
  ContactDetailConsentGrantedEvent: (detail) => `recorded consent to use contact detail ${detail}`,
  ContactDetailConsentRevokedEvent: (detail) => `recorded that consent to use contact detail ${detail} was withdrawn`,
  // A person's activity includes their cautionary alerts' events; `subject` is the alert type.
  CautionaryAlertRaisedEvent: (alert) => `raised a cautionary alert: ${alert}`,
  CautionaryAlertEndedEvent: (alert) => `ended the cautionary alert: ${alert}`,
};

/** An activity in plain English, who first: "Hannah Holt changed first name from Amara to Amarachi". */
export function describeActivity({ eventType, user, subject, changes }: TActivityEvent): string {
  if (eventType === "PersonCreatedEvent") return `${user.name} created the record`;
  if (eventType === "PersonUpdatedEvent" && changes.length > 0) {
    return `${user.name} ${joinClauses(changes.map((change) => describeChange(change)))}`;
  }
  const relatedWording = Object.hasOwn(relatedRecordWording, eventType) ? relatedRecordWording[eventType] : undefined;
  // A phone number as the contact list shows it (07700 900115); emails, addresses and alerts are unchanged.
  if (relatedWording !== undefined)
    return `${user.name} ${relatedWording(subject === null ? "(not shown)" : formatPhoneNumber(subject))}`;
  return `${user.name} made a change (${eventTypeInWords(eventType)}${subject === null ? "" : `: ${subject}`})`;
}

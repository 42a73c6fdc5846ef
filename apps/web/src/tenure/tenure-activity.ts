import type { TActivity } from "@housing/schemas/person";
import { formatDate } from "../dates/display-dates.ts";
import { describeActivity, describeValue } from "../person/activity-description.ts";

type TFieldChange = { field: string; oldValue?: unknown; newValue?: unknown };
type TTenureActivityEvent = Pick<TActivity, "eventType" | "user" | "subject"> & { changes: readonly TFieldChange[] };

const tenureFieldLabels: Record<string, string> = {
  tenureTypeCode: "tenure type",
  startOfTenureDate: "start date",
  endOfTenureDate: "end date",
  terminationReason: "reason for ending",
};

const changeOf = (changes: readonly TFieldChange[], field: string) => changes.find((c) => c.field === field);
const roleWords = (isResponsible: unknown) => (isResponsible === true ? "a named tenure holder" : "a household member");

function describeTenureChange(changes: readonly TFieldChange[]): string {
  const end = changeOf(changes, "endOfTenureDate");
  const reason = changeOf(changes, "terminationReason");
  if (typeof end?.newValue === "string" && typeof reason?.newValue === "string") {
    return `ended the tenancy on ${formatDate(end.newValue)} (${reason.newValue})`;
  }
  return changes
    .map(({ field, oldValue, newValue }) => {
      const label = tenureFieldLabels[field] ?? field;
      return `changed ${label} from ${describeValue(oldValue)} to ${describeValue(newValue)}`;
    })
    .join(", ");
}

/** A tenure's activity in plain English, who first: "Hannah Holt added Ms Amara Okafor to the household as…". */
export function describeTenureActivity(event: TTenureActivityEvent): string {
  const { eventType, user, changes } = event;
  const person = event.subject ?? "a person";
  switch (eventType) {
    case "TenureCreatedEvent":
      return `${user.name} started the tenancy`;
    case "TenureUpdatedEvent":
      return `${user.name} ${describeTenureChange(changes)}`;
    case "HouseholdMemberAddedEvent":
      return `${user.name} added ${person} to the household as ${roleWords(changeOf(changes, "isResponsible")?.newValue)}`;
    case "HouseholdMemberUpdatedEvent":
      return `${user.name} made ${person} ${roleWords(changeOf(changes, "isResponsible")?.newValue)}`;
    case "HouseholdMemberRemovedEvent":
      return `${user.name} removed ${person} from the household`;
    default:
      return describeActivity(event);
  }
}

import { RecordActivityHistory } from "../components/record-activity-history.tsx";
import { type TActivityEvent, describeActivity, describeChange, joinClauses } from "../person/activity-description.ts";
import { managementFlagLabels, propertyFieldLabels } from "./property-form.ts";

const otherFieldLabels: Record<string, string> = {
  postPreamble: "post preamble",
  parentId: "place in the hierarchy",
  assetType: "asset type",
  livingRooms: "living rooms",
  floorNumber: "floor",
  totalBlockFloors: "floors in block",
  yearConstructed: "year built",
};

/** A property field in words: "postcode", "void", "rent group"; UPRN stays in capitals. */
export function propertyFieldLabel(field: string): string {
  const label =
    (Object.hasOwn(propertyFieldLabels, field) && propertyFieldLabels[field as keyof typeof propertyFieldLabels]) ||
    (Object.hasOwn(managementFlagLabels, field) && managementFlagLabels[field as keyof typeof managementFlagLabels]) ||
    otherFieldLabels[field] ||
    field;
  return label === "UPRN" ? label : label.toLowerCase();
}

/** A property's activity in plain English; its alerts' events read as on a person's page. */
export function describePropertyActivity(event: TActivityEvent): string {
  const { eventType, user, changes } = event;
  if (eventType === "AssetCreatedEvent") return `${user.name} created the record`;
  if (eventType === "AssetUpdatedEvent" && changes.length > 0) {
    const clauses = changes.map((change) => describeChange(change, propertyFieldLabel));
    return `${user.name} ${joinClauses(clauses)}`;
  }
  return describeActivity(event);
}

/** Who changed what about the property and when, newest first, ten to a page (?activityPage=2). */
export function PropertyActivityHistory({ assetId }: { assetId: string }) {
  return (
    <RecordActivityHistory
      of="asset"
      id={assetId}
      describe={describePropertyActivity}
      emptyText="No changes have been recorded for this property yet."
    />
  );
}

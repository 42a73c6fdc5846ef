import type { TPerson } from "@housing/schemas/person";
import { EditConflictNotice } from "../components/edit-conflict-notice.tsx";
import { formatDate, formatDateTime } from "../dates/display-dates.ts";
import { type TPersonDetailsValues, detailsValuesFromPerson, editableFields, storedValue } from "./person-form.ts";
import { personFieldLabel } from "./person-labels.ts";

type EditConflictProps = {
  /** The version the officer started editing. */
  loaded: TPerson;
  /** The version someone else saved meanwhile; undefined when it could not be fetched. */
  latest: TPerson | undefined;
  values: TPersonDetailsValues;
  onLoadLatest: () => void;
};

/** How a value reads in the comparison: as the record holds it, or as the officer typed it. */
function savedValue(values: TPersonDetailsValues, field: keyof TPersonDetailsValues): string {
  const value = storedValue(values, field);
  if (value === null) return "Blank";
  return field === "dateOfBirth" || field === "dateOfDeath" ? formatDate(value) : value;
}

function enteredValue(values: TPersonDetailsValues, field: keyof TPersonDetailsValues): string {
  if (field === "dateOfBirth" || field === "dateOfDeath") {
    const { day, month, year } = values[field];
    return [day, month, year].every((part) => part.trim() === "") ? "Blank" : `${day}/${month}/${year}`;
  }
  return values[field].trim() === "" ? "Blank" : values[field];
}

/**
 * Someone else saved this person while the officer was editing: nothing was written. Says who and
 * when, compares what they saved with what the officer entered, and offers to carry on from the
 * latest version.
 */
export function EditConflict({ loaded, latest, values, onLoadLatest }: EditConflictProps) {
  const started = detailsValuesFromPerson(loaded);
  const now = latest === undefined ? undefined : detailsValuesFromPerson(latest);
  const rows =
    now === undefined
      ? undefined
      : editableFields
          .filter(
            (field) =>
              storedValue(values, field) !== storedValue(started, field) ||
              storedValue(now, field) !== storedValue(started, field),
          )
          .map((field) => ({
            label: personFieldLabel(field),
            savedNow: savedValue(now, field),
            entered: enteredValue(values, field),
          }));
  const savedNewer =
    latest === undefined
      ? "A newer version of this person's record has been saved."
      : `${latest.modifiedBy.name} saved a newer version on ${formatDateTime(latest.modifiedAt)}.`;
  return <EditConflictNotice savedNewer={savedNewer} rows={rows} onLoadLatest={onLoadLatest} />;
}

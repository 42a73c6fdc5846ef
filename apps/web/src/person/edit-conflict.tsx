import type { TPerson } from "@housing/schemas/person";
import { useEffect, useRef } from "react";
import { TableHead } from "../components/table-head.tsx";
import { formatDate, formatDateTime } from "../dates/display-dates.ts";
import { type TPersonDetailsValues, detailsValuesFromPerson, editableFields, storedValue } from "./person-form.ts";
import { personFieldLabel } from "./person-labels.ts";
import { StackingTable } from "../components/stacking-table.tsx";

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
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    noticeRef.current?.focus();
  }, []);

  const started = detailsValuesFromPerson(loaded);
  const now = latest === undefined ? undefined : detailsValuesFromPerson(latest);
  const rows = editableFields.filter(
    (field) =>
      storedValue(values, field) !== storedValue(started, field) ||
      (now !== undefined && storedValue(now, field) !== storedValue(started, field)),
  );

  return (
    <div className="govuk-error-summary" ref={noticeRef} tabIndex={-1} aria-labelledby="edit-conflict-title">
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="edit-conflict-title">
          Someone else changed this record while you were editing
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your changes have not been saved.{" "}
            {latest === undefined
              ? "A newer version of this person's record has been saved."
              : `${latest.modifiedBy.name} saved a newer version on ${formatDateTime(latest.modifiedAt)}.`}{" "}
            What you entered is still in the form below.
          </p>
        </div>
      </div>
      {now === undefined ? null : (
        <StackingTable className="govuk-!-margin-top-4 govuk-!-margin-bottom-4">
          <caption className="govuk-table__caption govuk-table__caption--s">Differences</caption>
          <TableHead columns={["Field", "Saved now", "You entered"]} />
          <tbody className="govuk-table__body">
            {rows.map((field) => (
              <tr className="govuk-table__row" key={field}>
                <th scope="row" className="govuk-table__header">
                  {personFieldLabel(field)}
                </th>
                <td className="govuk-table__cell">{savedValue(now, field)}</td>
                <td className="govuk-table__cell">{enteredValue(values, field)}</td>
              </tr>
            ))}
          </tbody>
        </StackingTable>
      )}
      <p className="govuk-body">
        Load the latest version to carry on: the form will show what is saved now, with the changes you made kept.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={onLoadLatest}
      >
        Load the latest version
      </button>
    </div>
  );
}

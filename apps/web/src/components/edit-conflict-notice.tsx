import { useEffect, useRef } from "react";
import { StackingTable } from "./stacking-table.tsx";
import { TableHead } from "./table-head.tsx";

export type TConflictRow = { label: string; savedNow: string; entered: string };

type EditConflictNoticeProps = {
  /** Who saved the newer version and when, as a sentence ("Sam Jones saved a newer version on …"). */
  savedNewer: string;
  /** The fields that differ; undefined when the latest version could not be fetched. */
  rows: readonly TConflictRow[] | undefined;
  onLoadLatest: () => void;
};

/**
 * Someone else saved the record while the officer was editing: nothing was written. Says so,
 * compares what they saved with what the officer entered, and offers to carry on from the latest
 * version. Focused when it appears, so a screen reader hears it at once.
 */
export function EditConflictNotice({ savedNewer, rows, onLoadLatest }: EditConflictNoticeProps) {
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    noticeRef.current?.focus();
  }, []);

  return (
    <div className="govuk-error-summary" ref={noticeRef} tabIndex={-1} aria-labelledby="edit-conflict-title">
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="edit-conflict-title">
          Someone else changed this record while you were editing
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your changes have not been saved. {savedNewer} What you entered is still in the form below.
          </p>
        </div>
      </div>
      {rows === undefined ? null : (
        <StackingTable className="govuk-!-margin-top-4 govuk-!-margin-bottom-4">
          <caption className="govuk-table__caption govuk-table__caption--s">Differences</caption>
          <TableHead columns={["Field", "Saved now", "You entered"]} />
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.label}>
                <th scope="row" className="govuk-table__header">
                  {row.label}
                </th>
                <td className="govuk-table__cell">{row.savedNow}</td>
                <td className="govuk-table__cell">{row.entered}</td>
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

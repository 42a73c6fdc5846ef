import type { ReactNode } from "react";
import type { TDatePart, TDateParts } from "../dates/date-parts.ts";
import { FieldsetField } from "./form-field.tsx";

type DateInputProps = {
  /** Each box's id is `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The boxes to mark as wrong; all three when there is an error and this is not given. */
  errorParts?: readonly TDatePart[];
  value: TDateParts;
  onChange: (value: TDateParts) => void;
};

const boxes: readonly { part: TDatePart; label: string; widthClassName: string }[] = [
  { part: "day", label: "Day", widthClassName: "govuk-input--width-2" },
  { part: "month", label: "Month", widthClassName: "govuk-input--width-2" },
  { part: "year", label: "Year", widthClassName: "govuk-input--width-4" },
];

/** Day, month and year boxes in the GOV.UK date input pattern; what is typed is kept as typed. */
export function DateInput({
  id,
  legend,
  legendClassName = "govuk-fieldset__legend--s",
  hint,
  error,
  errorParts,
  value,
  onChange,
}: DateInputProps) {
  const partsInError =
    error === undefined ? [] : errorParts && errorParts.length > 0 ? errorParts : ["day", "month", "year"];

  return (
    <FieldsetField {...{ id, legend, legendClassName, hint, error }} role="group">
      <div className="govuk-date-input" id={id}>
        {boxes.map(({ part, label, widthClassName }) => {
          const boxId = `${id}-${part}`;
          const isInError = partsInError.includes(part);
          return (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${widthClassName}${isInError ? " govuk-input--error" : ""}`}
                  id={boxId}
                  name={boxId}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                  aria-invalid={isInError ? true : undefined}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetField>
  );
}

import type { ReactNode } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

export type TCheckboxOption<TValue extends string> = { value: TValue; label: ReactNode; hint?: ReactNode };

type CheckboxesProps<TValue extends string> = {
  /** The first checkbox gets this id, so an error summary link can focus the group. */
  id: string;
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly TCheckboxOption<TValue>[];
  values: readonly TValue[];
  onChange: (values: TValue[]) => void;
  small?: boolean;
};

/** A group of checkboxes in a fieldset with legend, hint and error message, in the GOV.UK markup. */
export function Checkboxes<TValue extends string>({
  id,
  name,
  legend,
  legendClassName = "govuk-fieldset__legend--s",
  hint,
  error,
  options,
  values,
  onChange,
  small = false,
}: CheckboxesProps<TValue>) {
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorMessageId(id)]
    .filter((part) => part !== undefined)
    .join(" ");

  function toggle(value: TValue, checked: boolean) {
    // Keep the options' order whatever order they were ticked in.
    onChange(
      options.map((option) => option.value).filter((option) => (option === value ? checked : values.includes(option))),
    );
  }

  return (
    <div className={`govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy === "" ? undefined : describedBy}>
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint === undefined ? null : (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error === undefined ? null : <ErrorMessage fieldId={id} message={error} />}
        <div className={`govuk-checkboxes${small ? " govuk-checkboxes--small" : ""}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = `${optionId}-item-hint`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={option.hint === undefined ? undefined : optionHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint === undefined ? null : (
                  <div id={optionHintId} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

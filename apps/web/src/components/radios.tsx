import type { ReactNode } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

export type TRadioOption<TValue extends string> = {
  value: TValue;
  label: ReactNode;
  hint?: ReactNode;
};

type RadiosProps<TValue extends string> = {
  /** The first radio gets this id, so an error summary link can focus the group. */
  id: string;
  name: string;
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly TRadioOption<TValue>[];
  value: TValue | null;
  onChange: (value: TValue) => void;
  inline?: boolean;
  small?: boolean;
};

/** A radio group in a fieldset with legend, hint and error message, in the GOV.UK markup. */
export function Radios<TValue extends string>({
  id,
  name,
  legend,
  legendIsPageHeading = false,
  legendClassName = "govuk-fieldset__legend--s",
  hint,
  error,
  options,
  value,
  onChange,
  inline = false,
  small = false,
}: RadiosProps<TValue>) {
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorMessageId(id)]
    .filter((part) => part !== undefined)
    .join(" ");
  const radiosClassName = [
    "govuk-radios",
    inline ? "govuk-radios--inline" : undefined,
    small ? "govuk-radios--small" : undefined,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={`govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy === "" ? undefined : describedBy}>
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint === undefined ? null : (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error === undefined ? null : <ErrorMessage fieldId={id} message={error} />}
        <div className={radiosClassName}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = `${optionId}-item-hint`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint === undefined ? undefined : optionHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint === undefined ? null : (
                  <div id={optionHintId} className="govuk-hint govuk-radios__hint">
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

import type { ReactNode, SelectHTMLAttributes } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

export type TSelectOption = { value: string; label: string };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className" | "children"> & {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly TSelectOption[];
};

/** A labelled drop-down in the GOV.UK select markup; put an empty first option in `options` for "none". */
export function Select({ id, label, labelClassName, hint, error, options, ...selectProps }: SelectProps) {
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorMessageId(id)]
    .filter((part) => part !== undefined)
    .join(" ");

  return (
    <div className={`govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}`}>
      <label className={["govuk-label", labelClassName].filter(Boolean).join(" ")} htmlFor={id}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : <ErrorMessage fieldId={id} message={error} />}
      <select
        {...selectProps}
        id={id}
        className={`govuk-select${error === undefined ? "" : " govuk-select--error"}`}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

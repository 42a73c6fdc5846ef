import type { SelectHTMLAttributes } from "react";
import { type TLabelledFieldProps, describedByIds, LabelledField } from "./form-field.tsx";

export type TSelectOption = { value: string; label: string };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className" | "children"> &
  Omit<TLabelledFieldProps, "labelIsPageHeading"> & {
    options: readonly TSelectOption[];
  };

/** A labelled drop-down in the GOV.UK select markup; put an empty first option in `options` for "none". */
export function Select({ id, label, labelClassName, hint, error, options, ...selectProps }: SelectProps) {
  return (
    <LabelledField {...{ id, label, labelClassName, hint, error }}>
      <select
        {...selectProps}
        id={id}
        className={`govuk-select${error === undefined ? "" : " govuk-select--error"}`}
        aria-describedby={describedByIds({ id, hint, error })}
        aria-invalid={error === undefined ? undefined : true}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

import type { InputHTMLAttributes } from "react";
import { type TLabelledFieldProps, describedByIds, LabelledField } from "./form-field.tsx";

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "children"> &
  TLabelledFieldProps & {
    /** A GOV.UK width class such as "govuk-input--width-10" or "govuk-!-width-two-thirds". */
    widthClassName?: string;
  };

/** A labelled text box with optional hint and error message, in the GOV.UK form group markup. */
export function TextInput({
  id,
  label,
  labelIsPageHeading = false,
  labelClassName,
  hint,
  error,
  widthClassName,
  type = "text",
  ...inputProps
}: TextInputProps) {
  return (
    <LabelledField {...{ id, label, labelIsPageHeading, labelClassName, hint, error }}>
      <input
        {...inputProps}
        id={id}
        type={type}
        className={["govuk-input", widthClassName, error === undefined ? undefined : "govuk-input--error"]
          .filter(Boolean)
          .join(" ")}
        aria-describedby={describedByIds({ id, hint, error })}
        aria-invalid={error === undefined ? undefined : true}
      />
    </LabelledField>
  );
}

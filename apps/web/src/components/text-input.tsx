import type { InputHTMLAttributes, ReactNode } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

type TextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "children"> & {
  id: string;
  label: ReactNode;
  /** Make the label the page heading, for one-question pages. */
  labelIsPageHeading?: boolean;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
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
  const hintId = `${id}-hint`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorMessageId(id)]
    .filter((part) => part !== undefined)
    .join(" ");
  const labelElement = (
    <label className={["govuk-label", labelClassName].filter(Boolean).join(" ")} htmlFor={id}>
      {label}
    </label>
  );

  return (
    <div className={`govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}`}>
      {labelIsPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint === undefined ? null : (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : <ErrorMessage fieldId={id} message={error} />}
      <input
        {...inputProps}
        id={id}
        type={type}
        className={["govuk-input", widthClassName, error === undefined ? undefined : "govuk-input--error"]
          .filter(Boolean)
          .join(" ")}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
      />
    </div>
  );
}

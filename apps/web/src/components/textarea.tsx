import type { ReactNode, TextareaHTMLAttributes } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className" | "children"> & {
  id: string;
  label: ReactNode;
  labelClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
};

/** A labelled multi-line box in the GOV.UK textarea markup. */
export function Textarea({ id, label, labelClassName, hint, error, rows = 3, ...textareaProps }: TextareaProps) {
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
      <textarea
        {...textareaProps}
        id={id}
        rows={rows}
        className={`govuk-textarea${error === undefined ? "" : " govuk-textarea--error"}`}
        aria-describedby={describedBy === "" ? undefined : describedBy}
        aria-invalid={error === undefined ? undefined : true}
      />
    </div>
  );
}

import type { TextareaHTMLAttributes } from "react";
import { type TLabelledFieldProps, describedByIds, LabelledField } from "./form-field.tsx";

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className" | "children"> &
  Omit<TLabelledFieldProps, "labelIsPageHeading">;

/** A labelled multi-line box in the GOV.UK textarea markup. */
export function Textarea({ id, label, labelClassName, hint, error, rows = 3, ...textareaProps }: TextareaProps) {
  return (
    <LabelledField {...{ id, label, labelClassName, hint, error }}>
      <textarea
        {...textareaProps}
        id={id}
        rows={rows}
        className={`govuk-textarea${error === undefined ? "" : " govuk-textarea--error"}`}
        aria-describedby={describedByIds({ id, hint, error })}
        aria-invalid={error === undefined ? undefined : true}
      />
    </LabelledField>
  );
}

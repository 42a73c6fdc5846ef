import type { ReactNode } from "react";
import { ErrorMessage, errorMessageId } from "./error-message.tsx";

type THintAndError = { id: string; hint?: ReactNode; error?: string | undefined };

/** The ids a field's `aria-describedby` names: its hint, then its error message; undefined when neither is shown. */
export function describedByIds({ id, hint, error }: THintAndError): string | undefined {
  const ids = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : errorMessageId(id)]
    .filter((part) => part !== undefined)
    .join(" ");
  return ids === "" ? undefined : ids;
}

function formGroupClassName(error: string | undefined): string {
  return `govuk-form-group${error === undefined ? "" : " govuk-form-group--error"}`;
}

/** A field's hint and error message, as GOV.UK places them between the label (or legend) and the control. */
function HintAndError({ id, hint, error }: THintAndError) {
  return (
    <>
      {hint === undefined ? null : (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error === undefined ? null : <ErrorMessage fieldId={id} message={error} />}
    </>
  );
}

/** What a labelled control (text box, drop-down, textarea) is given besides the control's own attributes. */
export type TLabelledFieldProps = THintAndError & {
  label: ReactNode;
  /** Make the label the page heading, for one-question pages. */
  labelIsPageHeading?: boolean;
  labelClassName?: string | undefined;
};

type LabelledFieldProps = TLabelledFieldProps & {
  /** The control, whose id is `id`. */
  children: ReactNode;
};

/** A GOV.UK form group around one control: label, optional hint and error message, then the control. */
export function LabelledField({
  id,
  label,
  labelIsPageHeading = false,
  labelClassName,
  hint,
  error,
  children,
}: LabelledFieldProps) {
  const labelElement = (
    <label className={["govuk-label", labelClassName].filter(Boolean).join(" ")} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={formGroupClassName(error)}>
      {labelIsPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

type FieldsetFieldProps = THintAndError & {
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendClassName: string;
  role?: "group";
  children: ReactNode;
};

/** A GOV.UK form group around a fieldset of several controls: legend, optional hint and error message, then the controls. */
export function FieldsetField({
  id,
  legend,
  legendIsPageHeading = false,
  legendClassName,
  role,
  hint,
  error,
  children,
}: FieldsetFieldProps) {
  return (
    <div className={formGroupClassName(error)}>
      <fieldset className="govuk-fieldset" role={role} aria-describedby={describedByIds({ id, hint, error })}>
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>
          {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

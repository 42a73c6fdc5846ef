import type { ReactNode } from "react";

type SingleCheckboxProps = {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One yes-or-no box that needs no question above it ("Make this the default"), in the GOV.UK markup. */
export function SingleCheckbox({ id, name, label, hint, checked, onChange }: SingleCheckboxProps) {
  const hintId = `${id}-item-hint`;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={hint === undefined ? undefined : hintId}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint === undefined ? null : (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

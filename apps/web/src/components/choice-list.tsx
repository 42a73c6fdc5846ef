import type { ReactNode } from "react";
import { FieldsetField } from "./form-field.tsx";

export type TChoiceOption<TValue extends string> = { value: TValue; label: ReactNode; hint?: ReactNode };

type ChoiceListProps<TValue extends string> = {
  /** "checkboxes" for any number of choices, "radios" for exactly one. */
  kind: "checkboxes" | "radios";
  /** The first choice gets this id, so an error summary link can focus the group. */
  id: string;
  name: string;
  legend: ReactNode;
  legendIsPageHeading?: boolean;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly TChoiceOption<TValue>[];
  isChecked: (value: TValue) => boolean;
  onToggle: (value: TValue, checked: boolean) => void;
  inline?: boolean;
  small?: boolean;
};

/** A group of checkboxes or radios in a fieldset with legend, hint and error message, in the GOV.UK markup. */
export function ChoiceList<TValue extends string>({
  kind,
  id,
  name,
  legend,
  legendIsPageHeading = false,
  legendClassName = "govuk-fieldset__legend--s",
  hint,
  error,
  options,
  isChecked,
  onToggle,
  inline = false,
  small = false,
}: ChoiceListProps<TValue>) {
  const listClassName = [kind, inline ? `${kind}--inline` : undefined, small ? `${kind}--small` : undefined]
    .filter(Boolean)
    .map((name) => `govuk-${name}`)
    .join(" ");
  return (
    <FieldsetField {...{ id, legend, legendIsPageHeading, legendClassName, hint, error }}>
      <div className={listClassName}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <ChoiceItem
              key={option.value}
              {...{ kind, name, option }}
              id={optionId}
              checked={isChecked(option.value)}
              onChange={(checked) => onToggle(option.value, checked)}
            />
          );
        })}
      </div>
    </FieldsetField>
  );
}

type ChoiceItemProps = {
  kind: "checkboxes" | "radios";
  id: string;
  name: string;
  option: { value?: string; label: ReactNode; hint?: ReactNode };
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One checkbox or radio with its label and optional hint, in the GOV.UK item markup. */
export function ChoiceItem({ kind, id, name, option, checked, onChange }: ChoiceItemProps) {
  const hintId = `${id}-item-hint`;
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={kind === "checkboxes" ? "checkbox" : "radio"}
        value={option.value}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={option.hint === undefined ? undefined : hintId}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {option.label}
      </label>
      {option.hint === undefined ? null : (
        <div id={hintId} className={`govuk-hint govuk-${kind}__hint`}>
          {option.hint}
        </div>
      )}
    </div>
  );
}

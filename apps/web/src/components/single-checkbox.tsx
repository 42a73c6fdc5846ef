import type { ReactNode } from "react";
import { ChoiceItem } from "./choice-list.tsx";

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
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <ChoiceItem
          kind="checkboxes"
          id={id}
          name={name}
          option={{ label, hint }}
          checked={checked}
          onChange={onChange}
        />
      </div>
    </div>
  );
}

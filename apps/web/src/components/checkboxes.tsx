import type { ComponentProps } from "react";
import { ChoiceList, type TChoiceOption } from "./choice-list.tsx";

export type TCheckboxOption<TValue extends string> = TChoiceOption<TValue>;

type CheckboxesProps<TValue extends string> = Omit<
  ComponentProps<typeof ChoiceList<TValue>>,
  "kind" | "isChecked" | "onToggle" | "inline" | "legendIsPageHeading"
> & {
  values: readonly TValue[];
  onChange: (values: TValue[]) => void;
};

/** A group of checkboxes in a fieldset with legend, hint and error message, in the GOV.UK markup. */
export function Checkboxes<TValue extends string>({ values, onChange, ...props }: CheckboxesProps<TValue>) {
  function toggle(value: TValue, checked: boolean) {
    // Keep the options' order whatever order they were ticked in.
    onChange(
      props.options
        .map((option) => option.value)
        .filter((option) => (option === value ? checked : values.includes(option))),
    );
  }

  return <ChoiceList {...props} kind="checkboxes" isChecked={(value) => values.includes(value)} onToggle={toggle} />;
}

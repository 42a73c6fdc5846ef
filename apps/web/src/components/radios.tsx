import type { ComponentProps } from "react";
import { ChoiceList, type TChoiceOption } from "./choice-list.tsx";

export type TRadioOption<TValue extends string> = TChoiceOption<TValue>;

type RadiosProps<TValue extends string> = Omit<
  ComponentProps<typeof ChoiceList<TValue>>,
  "kind" | "isChecked" | "onToggle"
> & {
  value: TValue | null;
  onChange: (value: TValue) => void;
};

/** A radio group in a fieldset with legend, hint and error message, in the GOV.UK markup. */
export function Radios<TValue extends string>({ value, onChange, ...props }: RadiosProps<TValue>) {
  return (
    <ChoiceList
      {...props}
      kind="radios"
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
    />
  );
}

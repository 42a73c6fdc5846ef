import type { ComponentProps } from "react";
import { TextInput } from "../components/text-input.tsx";
import { type TContactFormErrors, type TContactFormValues, contactFieldId } from "./contact-detail-form.ts";

type TContactTextFieldName =
  | "value"
  | "description"
  | "addressLine1"
  | "addressLine2"
  | "addressLine3"
  | "addressLine4"
  | "postCode"
  | "overseasAddress"
  | "country";

type TContactTextFieldProps = Omit<ComponentProps<typeof TextInput>, "id" | "name" | "value" | "onChange" | "error"> & {
  field: TContactTextFieldName;
  values: TContactFormValues;
  errors: TContactFormErrors;
  onChange: (changes: Partial<TContactFormValues>) => void;
  /** A typed address line is no longer the register's address: its UPRN goes. */
  clearsUprn?: boolean;
};

/** One text box of the add contact detail form, bound to its value and its error. */
export function ContactTextField({
  field,
  values,
  errors,
  onChange,
  clearsUprn = false,
  ...inputProps
}: TContactTextFieldProps) {
  return (
    <TextInput
      autoComplete="off"
      {...inputProps}
      id={contactFieldId(field)}
      name={field}
      value={values[field]}
      onChange={(event) =>
        onChange(clearsUprn ? { [field]: event.target.value, uprn: "" } : { [field]: event.target.value })
      }
      error={errors[field]}
    />
  );
}

import { Checkboxes } from "../components/checkboxes.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import {
  type TPropertyField,
  type TPropertyValues,
  addressFields,
  managementFlagLabels,
  managementFlags,
  propertyFieldLabels,
} from "./property-form.ts";

type TPropertyEditFieldsProps = {
  values: TPropertyValues;
  errors: Partial<Record<TPropertyField, string>>;
  onChange: (values: TPropertyValues) => void;
};

const optional = new Set<TPropertyField>(["addressLine2", "addressLine3", "addressLine4", "uprn"]);
const widths: Partial<Record<TPropertyField, string>> = {
  postCode: "govuk-input--width-10",
  uprn: "govuk-input--width-20",
};
const hints: Partial<Record<TPropertyField, string>> = {
  uprn: "The Unique Property Reference Number: up to 12 digits, for example 100021065786",
};

/** The council's rent groups; a group the register sent that is not listed stays selectable. */
const rentGroups = [
  { value: "HRA", label: "HRA – Housing Revenue Account" },
  { value: "LSC", label: "LSC – Leasehold service charges" },
  { value: "TAG", label: "TAG – Temporary accommodation" },
  { value: "GPS", label: "GPS – General purpose (non-housing)" },
];

function rentGroupOptions(current: string) {
  const listed = rentGroups.some((group) => group.value === current);
  return [
    { value: "", label: "None" },
    ...rentGroups,
    ...(current === "" || listed ? [] : [{ value: current, label: current }]),
  ];
}

/** The address boxes, the management flags and the rent group, as the property page shows them. */
export function PropertyEditFields({ values, errors, onChange }: TPropertyEditFieldsProps) {
  return (
    <>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Address</legend>
        {addressFields.map((field) => (
          <TextInput
            key={field}
            id={field}
            name={field}
            label={`${propertyFieldLabels[field]}${optional.has(field) ? " (optional)" : ""}`}
            hint={hints[field]}
            error={errors[field]}
            widthClassName={widths[field]}
            inputMode={field === "uprn" ? "numeric" : undefined}
            autoComplete="off"
            spellCheck={false}
            value={values[field]}
            onChange={(event) => onChange({ ...values, [field]: event.target.value })}
          />
        ))}
      </fieldset>
      <Checkboxes
        id="flags"
        name="flags"
        legend="Management"
        legendClassName="govuk-fieldset__legend--m"
        hint="Select all that apply"
        error={errors.flags}
        options={managementFlags.map((flag) => ({ value: flag, label: managementFlagLabels[flag] }))}
        values={values.flags}
        onChange={(flags) => onChange({ ...values, flags })}
      />
      <Select
        id="rentGroup"
        name="rentGroup"
        label={propertyFieldLabels.rentGroup}
        labelClassName="govuk-label--s"
        error={errors.rentGroup}
        options={rentGroupOptions(values.rentGroup)}
        value={values.rentGroup}
        onChange={(event) => onChange({ ...values, rentGroup: event.target.value })}
      />
    </>
  );
}

import { titles } from "@housing/schemas/person";
import { useState } from "react";
import { DateInput } from "../components/date-input.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import { missingDateParts } from "../dates/date-parts.ts";
import type { TFormErrors, TPersonDetailsValues } from "./person-form.ts";
import { personFieldLabel } from "./person-labels.ts";

type PersonDetailsFieldsProps = {
  values: TPersonDetailsValues;
  errors: TFormErrors;
  onChange: (values: TPersonDetailsValues) => void;
  /** Date of death is recorded when editing an existing person, not when adding one. */
  showDateOfDeath?: boolean;
};

type TSetField = <TField extends keyof TPersonDetailsValues>(
  field: TField,
  value: TPersonDetailsValues[TField],
) => void;

type TFieldProps = { values: TPersonDetailsValues; errors: TFormErrors; set: TSetField };

const preferredFields = ["preferredTitle", "preferredFirstName", "preferredMiddleName", "preferredSurname"] as const;

function TitleSelect({
  field,
  emptyLabel,
  values,
  errors,
  set,
}: TFieldProps & { field: "title" | "preferredTitle"; emptyLabel: string }) {
  return (
    <Select
      id={field}
      name={field}
      label={personFieldLabel(field)}
      labelClassName="govuk-label--s"
      options={[{ value: "", label: emptyLabel }, ...titles.map((title) => ({ value: title, label: title }))]}
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errors[field]}
    />
  );
}

type TNameField =
  | "firstName"
  | "middleName"
  | "surname"
  | "placeOfBirth"
  | "preferredFirstName"
  | "preferredMiddleName"
  | "preferredSurname";

function NameInput({
  field,
  isOptional = false,
  values,
  errors,
  set,
}: TFieldProps & { field: TNameField; isOptional?: boolean }) {
  return (
    <TextInput
      id={field}
      name={field}
      label={`${personFieldLabel(field)}${isOptional ? " (optional)" : ""}`}
      labelClassName="govuk-label--s"
      autoComplete="off"
      spellCheck={false}
      widthClassName="govuk-!-width-two-thirds"
      value={values[field]}
      onChange={(event) => set(field, event.target.value)}
      error={errors[field]}
    />
  );
}

function PersonDateInput({
  field,
  legend,
  hint,
  values,
  errors,
  set,
}: TFieldProps & { field: "dateOfBirth" | "dateOfDeath"; legend: string; hint: string }) {
  return (
    <DateInput
      id={field}
      legend={legend}
      hint={hint}
      value={values[field]}
      onChange={(value) => set(field, value)}
      error={errors[field]}
      errorParts={missingDateParts(values[field])}
    />
  );
}

/** The preferred title and names, folded away unless the person has one or one is wrong. */
function PreferredName(props: TFieldProps) {
  const hasPreferredName = preferredFields.some((field) => props.values[field] !== "");
  const [preferredOpen, setPreferredOpen] = useState(hasPreferredName);
  const hasPreferredError = preferredFields.some((field) => props.errors[field] !== undefined);
  return (
    <details
      className="govuk-details"
      open={preferredOpen || hasPreferredError}
      onToggle={(event) => setPreferredOpen(event.currentTarget.open)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Preferred name</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">Only if the person likes to be known by a different title or name.</p>
        <TitleSelect {...props} field="preferredTitle" emptyLabel="No preferred title" />
        {(["preferredFirstName", "preferredMiddleName", "preferredSurname"] as const).map((field) => (
          <NameInput key={field} {...props} field={field} />
        ))}
      </div>
    </details>
  );
}

/** Title, names, preferred names, date and place of birth: what the add and edit forms share. */
export function PersonDetailsFields({ values, errors, onChange, showDateOfDeath = false }: PersonDetailsFieldsProps) {
  const set: TSetField = (field, value) => onChange({ ...values, [field]: value });
  const fieldProps = { values, errors, set };

  return (
    <>
      <TitleSelect {...fieldProps} field="title" emptyLabel="Select a title" />
      <NameInput {...fieldProps} field="firstName" />
      <NameInput {...fieldProps} field="middleName" isOptional />
      <NameInput {...fieldProps} field="surname" />
      <PreferredName {...fieldProps} />
      <PersonDateInput {...fieldProps} field="dateOfBirth" legend="Date of birth" hint="For example, 27 3 1985" />
      <NameInput {...fieldProps} field="placeOfBirth" isOptional />
      {showDateOfDeath ? (
        <PersonDateInput
          {...fieldProps}
          field="dateOfDeath"
          legend="Date of death"
          hint="Only if the person has died. For example, 27 3 2024"
        />
      ) : null}
    </>
  );
}

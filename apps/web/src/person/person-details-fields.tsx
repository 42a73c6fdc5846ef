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

const preferredFields = ["preferredTitle", "preferredFirstName", "preferredMiddleName", "preferredSurname"] as const;

function titleOptions(emptyLabel: string) {
  return [{ value: "", label: emptyLabel }, ...titles.map((title) => ({ value: title, label: title }))];
}

/** Title, names, preferred names, date and place of birth: what the add and edit forms share. */
export function PersonDetailsFields({ values, errors, onChange, showDateOfDeath = false }: PersonDetailsFieldsProps) {
  const hasPreferredName = preferredFields.some((field) => values[field] !== "");
  const [preferredOpen, setPreferredOpen] = useState(hasPreferredName);
  const hasPreferredError = preferredFields.some((field) => errors[field] !== undefined);

  function set<TField extends keyof TPersonDetailsValues>(field: TField, value: TPersonDetailsValues[TField]) {
    onChange({ ...values, [field]: value });
  }

  function textInput(field: "firstName" | "middleName" | "surname" | "placeOfBirth", isOptional = false) {
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

  return (
    <>
      <Select
        id="title"
        name="title"
        label="Title"
        labelClassName="govuk-label--s"
        options={titleOptions("Select a title")}
        value={values.title}
        onChange={(event) => set("title", event.target.value)}
        error={errors.title}
      />
      {textInput("firstName")}
      {textInput("middleName", true)}
      {textInput("surname")}
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
          <Select
            id="preferredTitle"
            name="preferredTitle"
            label={personFieldLabel("preferredTitle")}
            labelClassName="govuk-label--s"
            options={titleOptions("No preferred title")}
            value={values.preferredTitle}
            onChange={(event) => set("preferredTitle", event.target.value)}
            error={errors.preferredTitle}
          />
          {(["preferredFirstName", "preferredMiddleName", "preferredSurname"] as const).map((field) => (
            <TextInput
              key={field}
              id={field}
              name={field}
              label={personFieldLabel(field)}
              labelClassName="govuk-label--s"
              autoComplete="off"
              spellCheck={false}
              widthClassName="govuk-!-width-two-thirds"
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
              error={errors[field]}
            />
          ))}
        </div>
      </details>
      <DateInput
        id="dateOfBirth"
        legend="Date of birth"
        hint="For example, 27 3 1985"
        value={values.dateOfBirth}
        onChange={(value) => set("dateOfBirth", value)}
        error={errors.dateOfBirth}
        errorParts={missingDateParts(values.dateOfBirth)}
      />
      {textInput("placeOfBirth", true)}
      {showDateOfDeath ? (
        <DateInput
          id="dateOfDeath"
          legend="Date of death"
          hint="Only if the person has died. For example, 27 3 2024"
          value={values.dateOfDeath}
          onChange={(value) => set("dateOfDeath", value)}
          error={errors.dateOfDeath}
          errorParts={missingDateParts(values.dateOfDeath)}
        />
      ) : null}
    </>
  );
}

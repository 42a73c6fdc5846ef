import type { TServiceArea } from "@housing/schemas/auth";
import { type TContactType, activeContactLimit } from "@housing/schemas/contact-details";
import { Radios } from "../components/radios.tsx";
import { Select } from "../components/select.tsx";
import { SingleCheckbox } from "../components/single-checkbox.tsx";
import { type TContactFormErrors, type TContactFormValues, contactFieldId } from "./contact-detail-form.ts";
import {
  contactTypeWords,
  serviceAreaInSentence,
  serviceAreaLabels,
  subTypeOptionsFor,
} from "./contact-detail-labels.ts";
import { ContactTextField } from "./contact-text-field.tsx";

type TFieldsProps = {
  contactType: TContactType;
  values: TContactFormValues;
  errors: TContactFormErrors;
  onChange: (changes: Partial<TContactFormValues>) => void;
};

/** What the record is for: radios for an address, a drop-down of phone or email types otherwise. */
export function SubTypeField({ contactType, values, errors, onChange }: TFieldsProps) {
  if (contactType === "address") {
    return (
      <Radios
        id={contactFieldId("subType")}
        name="subType"
        legend="What is the address for?"
        options={[
          {
            value: "correspondenceAddress",
            label: "Correspondence address",
            hint: "Where to send letters, if not to their home",
          },
          { value: "forwardingAddress", label: "Forwarding address", hint: "Where they have moved to" },
        ]}
        value={values.subType === "" ? null : values.subType}
        onChange={(subType) => onChange({ subType })}
        error={errors.subType}
      />
    );
  }
  return (
    <Select
      id={contactFieldId("subType")}
      name="subType"
      label={`Type of ${contactTypeWords[contactType].singular}`}
      labelClassName="govuk-label--s"
      hint={`Who or what it is for. If it is a relative's or a professional's ${contactTypeWords[contactType].singular}, say so here, not in the ${contactTypeWords[contactType].singular} box`}
      options={[{ value: "", label: "Select a type" }, ...subTypeOptionsFor(contactType)]}
      value={values.subType}
      onChange={(event) => onChange({ subType: event.target.value as TContactFormValues["subType"] })}
      error={errors.subType}
    />
  );
}

/** The phone number (and whether it is abroad) or the email address. */
export function ContactValueFields(props: TFieldsProps) {
  const { contactType, values, onChange } = props;
  if (contactType === "phone") {
    return (
      <>
        <ContactTextField
          {...props}
          field="value"
          type="tel"
          label="Phone number"
          labelClassName="govuk-label--s"
          hint={
            values.isNotUkNumber
              ? "Include the country code, for example +33 1 23 45 67 89"
              : "Digits only, for example 07700 900123"
          }
          widthClassName="govuk-input--width-20"
        />
        <SingleCheckbox
          id="contact-isNotUkNumber"
          name="isNotUkNumber"
          label="This is not a UK number"
          hint="Then include the country code, starting with +"
          checked={values.isNotUkNumber}
          onChange={(isNotUkNumber) => onChange({ isNotUkNumber })}
        />
      </>
    );
  }
  if (contactType === "email") {
    return (
      <ContactTextField
        {...props}
        field="value"
        type="email"
        label="Email address"
        labelClassName="govuk-label--s"
        spellCheck={false}
      />
    );
  }
  return null;
}

type TAreaFieldsProps = TFieldsProps & {
  /** The officer's areas; with only one, it is not asked. */
  areas: readonly TServiceArea[];
  onlyArea: TServiceArea | undefined;
  /** The areas that already have as many active records of this type as allowed. */
  fullAreas: readonly TServiceArea[];
};

/** Which area records it (when the officer has several), and whether it is that area's default. */
export function AreaFields({ contactType, values, errors, onChange, areas, onlyArea, fullAreas }: TAreaFieldsProps) {
  const words = contactTypeWords[contactType];
  const areaWords = values.area === "" ? "" : ` for ${serviceAreaInSentence(values.area)}`;
  return (
    <>
      {onlyArea === undefined ? (
        <Radios
          id={contactFieldId("area")}
          name="area"
          legend="Which service area is recording this?"
          hint="Only staff in that area will see it, unless the person agrees to share it"
          options={areas.map((area) => ({
            value: area,
            label: serviceAreaLabels[area],
            hint: fullAreas.includes(area)
              ? `Already has ${activeContactLimit} active ${words.plural}: mark one as historic first`
              : undefined,
          }))}
          value={values.area === "" ? null : values.area}
          onChange={(area) => onChange({ area })}
          error={errors.area}
        />
      ) : null}
      <SingleCheckbox
        id="contact-isDefault"
        name="isDefault"
        label={`Make this the default ${words.singular}${areaWords}`}
        hint="The default is the one to use first. It takes over from the current default"
        checked={values.isDefault}
        onChange={(isDefault) => onChange({ isDefault })}
      />
    </>
  );
}

import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TServiceArea } from "@housing/schemas/auth";
import {
  type TContactDetail,
  type TContactType,
  ZCreateContactDetailInput,
  activeContactLimit,
} from "@housing/schemas/contact-details";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { Radios } from "../components/radios.tsx";
import { Select } from "../components/select.tsx";
import { TextInput } from "../components/text-input.tsx";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
import { trpc } from "../trpc.ts";
import { AddressFields } from "./address-fields.tsx";
import { ContactFormPanel } from "./contact-form-panel.tsx";
import {
  type TContactFormProblem,
  type TContactFormValues,
  contactFieldId,
  createInputFromValues,
  emptyContactFormValues,
  errorsByField,
  formOnlyErrors,
  problemsFrom,
} from "./contact-detail-form.ts";
import {
  contactTypeWords,
  serviceAreaInSentence,
  serviceAreaLabels,
  subTypeOptionsFor,
} from "./contact-detail-labels.ts";
import { type TContactDetailView, areasAtLimit } from "./contact-details-view.ts";
import { SingleCheckbox } from "../components/single-checkbox.tsx";

type TAddContactDetailFormProps = {
  personId: string;
  contactType: TContactType;
  /** The areas the officer records for; with more than one they choose. */
  areas: readonly TServiceArea[];
  /** The person's current records, to say which areas are at the limit. */
  details: readonly TContactDetailView[];
  /** Where Cancel goes: the person page without the form. */
  closeHref: string;
  onAdded: (detail: TContactDetail) => void;
};

const descriptionHints: Record<TContactType, string> = {
  phone: "For example, whose number it is (Daughter) or when to call (Evenings only)",
  email: "For example, Only for letters about rent",
  address: "For example, Care of her sister",
};

function problemFor(error: unknown): TContactFormProblem {
  const status = httpStatusOf(error);
  const message =
    status === 403
      ? "You do not have permission to add contact details for this service area"
      : status === 404
        ? "This person's record no longer exists"
        : error instanceof Error && status === 400
          ? error.message
          : "Sorry, the contact detail could not be saved. Try again, and if it keeps happening contact the service desk";
  return { field: undefined, targetId: undefined, message };
}

/** Adds a phone number, an email address or an address to a person, for one of the officer's areas. */
export function AddContactDetailForm({
  personId,
  contactType,
  areas,
  details,
  closeHref,
  onAdded,
}: TAddContactDetailFormProps) {
  const utils = trpc.useUtils();
  const create = trpc.contactDetails.create.useMutation();
  const words = contactTypeWords[contactType];
  const onlyArea = areas.length === 1 ? areas[0] : undefined;
  const [initialValues] = useState(() => emptyContactFormValues(contactType, onlyArea ?? ""));
  const [values, setValues] = useState<TContactFormValues>(initialValues);
  const [problems, setProblems] = useState<TContactFormProblem[]>([]);
  const guard = useUnsavedChangesGuard(JSON.stringify(values) !== JSON.stringify(initialValues));
  const errors = errorsByField(problems);
  const fullAreas = areasAtLimit(details, contactType, areas);
  const headingId = `add-contact-${contactType}-heading`;

  function change(changes: Partial<TContactFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = createInputFromValues(values, personId);
    const parsed = ZCreateContactDetailInput.safeParse(input);
    const fieldErrors = [
      ...formOnlyErrors(values),
      ...(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues)),
    ];
    if (fieldErrors.length > 0) {
      setProblems(problemsFrom(fieldErrors, values));
      return;
    }
    setProblems([]);
    create.mutate(input, {
      onSuccess: (detail) => {
        void utils.contactDetails.list.invalidate({ targetId: personId });
        void utils.person.activity.invalidate({ id: personId });
        guard.allowLeaving();
        onAdded(detail);
      },
      onError: (error) => {
        const fieldProblems = problemsFrom(fieldErrorsOf(error), values);
        setProblems(fieldProblems.length > 0 ? fieldProblems : [problemFor(error)]);
      },
    });
  }

  const areaWords = values.area === "" ? "" : ` for ${serviceAreaInSentence(values.area)}`;

  return (
    <>
      {guard.dialog}
      <ContactFormPanel
        headingId={headingId}
        heading={words.addLabel}
        problems={problems}
        onSubmit={handleSubmit}
        submitLabel={`Save ${words.singular}`}
        isSubmitting={create.isPending}
        closeHref={closeHref}
      >
        {contactType === "address" ? (
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
            onChange={(subType) => change({ subType })}
            error={errors.subType}
          />
        ) : (
          <Select
            id={contactFieldId("subType")}
            name="subType"
            label={`Type of ${words.singular}`}
            labelClassName="govuk-label--s"
            hint="Who or what it is for. Put a relative's or a professional's number here, not in the number box"
            options={[{ value: "", label: "Select a type" }, ...subTypeOptionsFor(contactType)]}
            value={values.subType}
            onChange={(event) => change({ subType: event.target.value as TContactFormValues["subType"] })}
            error={errors.subType}
          />
        )}
        {contactType === "phone" ? (
          <>
            <TextInput
              id={contactFieldId("value")}
              name="value"
              type="tel"
              label="Phone number"
              labelClassName="govuk-label--s"
              hint={
                values.isNotUkNumber
                  ? "Include the country code, for example +33 1 23 45 67 89"
                  : "Digits only, for example 07700 900123"
              }
              autoComplete="off"
              widthClassName="govuk-input--width-20"
              value={values.value}
              onChange={(event) => change({ value: event.target.value })}
              error={errors.value}
            />
            <SingleCheckbox
              id="contact-isNotUkNumber"
              name="isNotUkNumber"
              label="This is not a UK number"
              hint="Then include the country code, starting with +"
              checked={values.isNotUkNumber}
              onChange={(isNotUkNumber) => change({ isNotUkNumber })}
            />
          </>
        ) : null}
        {contactType === "email" ? (
          <TextInput
            id={contactFieldId("value")}
            name="value"
            type="email"
            label="Email address"
            labelClassName="govuk-label--s"
            autoComplete="off"
            spellCheck={false}
            value={values.value}
            onChange={(event) => change({ value: event.target.value })}
            error={errors.value}
          />
        ) : null}
        {contactType === "address" ? <AddressFields values={values} errors={errors} onChange={change} /> : null}
        <TextInput
          id={contactFieldId("description")}
          name="description"
          label="Description (optional)"
          labelClassName="govuk-label--s"
          hint={descriptionHints[contactType]}
          autoComplete="off"
          value={values.description}
          onChange={(event) => change({ description: event.target.value })}
          error={errors.description}
        />
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
            onChange={(area) => change({ area })}
            error={errors.area}
          />
        ) : null}
        <SingleCheckbox
          id="contact-isDefault"
          name="isDefault"
          label={`Make this the default ${words.singular}${areaWords}`}
          hint="The default is the one to use first. It takes over from the current default"
          checked={values.isDefault}
          onChange={(isDefault) => change({ isDefault })}
        />
      </ContactFormPanel>
    </>
  );
}

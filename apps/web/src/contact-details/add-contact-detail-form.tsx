import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TServiceArea } from "@housing/schemas/auth";
import { type TContactDetail, type TContactType, ZCreateContactDetailInput } from "@housing/schemas/contact-details";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { httpStatusOf } from "../api/retry-policy.ts";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
import { trpc } from "../trpc.ts";
import { AreaFields, ContactValueFields, SubTypeField } from "./add-contact-detail-fields.tsx";
import { ContactTextField } from "./contact-text-field.tsx";
import { AddressFields } from "./address-fields.tsx";
import { ContactFormPanel } from "./contact-form-panel.tsx";
import {
  type TContactFormProblem,
  type TContactFormValues,
  createInputFromValues,
  emptyContactFormValues,
  errorsByField,
  formOnlyErrors,
  problemsFrom,
} from "./contact-detail-form.ts";
import { contactTypeWords } from "./contact-detail-labels.ts";
import { type TContactDetailView, areasAtLimit } from "./contact-details-view.ts";

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

/** The add form's values and problems, and saving it: checked here first, then by the API. */
function useAddContactDetail({ personId, contactType, areas, onAdded }: TAddContactDetailFormProps) {
  const utils = trpc.useUtils();
  const create = trpc.contactDetails.create.useMutation();
  const onlyArea = areas.length === 1 ? areas[0] : undefined;
  const [initialValues] = useState(() => emptyContactFormValues(contactType, onlyArea ?? ""));
  const [values, setValues] = useState<TContactFormValues>(initialValues);
  const [problems, setProblems] = useState<TContactFormProblem[]>([]);
  const guard = useUnsavedChangesGuard(JSON.stringify(values) !== JSON.stringify(initialValues));

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

  return { onlyArea, values, problems, change, handleSubmit, guard, isSubmitting: create.isPending };
}

/** Adds a phone number, an email address or an address to a person, for one of the officer's areas. */
export function AddContactDetailForm(props: TAddContactDetailFormProps) {
  const { contactType, areas, details, closeHref } = props;
  const { onlyArea, values, problems, change, handleSubmit, guard, isSubmitting } = useAddContactDetail(props);
  const words = contactTypeWords[contactType];
  const errors = errorsByField(problems);
  const fullAreas = areasAtLimit(details, contactType, areas);
  const headingId = `add-contact-${contactType}-heading`;
  const fieldProps = { contactType, values, errors, onChange: change };

  return (
    <>
      {guard.dialog}
      <ContactFormPanel
        headingId={headingId}
        heading={words.addLabel}
        problems={problems}
        onSubmit={handleSubmit}
        submitLabel={`Save ${words.singular}`}
        isSubmitting={isSubmitting}
        closeHref={closeHref}
      >
        <SubTypeField {...fieldProps} />
        <ContactValueFields {...fieldProps} />
        {contactType === "address" ? <AddressFields values={values} errors={errors} onChange={change} /> : null}
        <ContactTextField
          {...fieldProps}
          field="description"
          label="Description (optional)"
          labelClassName="govuk-label--s"
          hint={descriptionHints[contactType]}
        />
        <AreaFields {...fieldProps} areas={areas} onlyArea={onlyArea} fullAreas={fullAreas} />
      </ContactFormPanel>
    </>
  );
}

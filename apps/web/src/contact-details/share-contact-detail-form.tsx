import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactDetail } from "@housing/schemas/contact-details";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "../api/api-error.ts";
import { Checkboxes } from "../components/checkboxes.tsx";
import { DateInput } from "../components/date-input.tsx";
import { TextInput } from "../components/text-input.tsx";
import { missingDateParts } from "../dates/date-parts.ts";
import { useUnsavedChangesGuard } from "../forms/unsaved-changes.tsx";
import { trpc } from "../trpc.ts";
import { errorsByField } from "./contact-detail-form.ts";
import { ContactFormPanel } from "./contact-form-panel.tsx";
import { contactTypeWords, serviceAreaInSentence, serviceAreaLabels } from "./contact-detail-labels.ts";
import {
  type TConsentFormProblem,
  type TConsentFormValues,
  consentFormErrors,
  consentProblemsFrom,
  emptyConsentFormValues,
  grantInputsFromValues,
  shareableAreas,
} from "./contact-consent-form.ts";
import { actionProblem, displayValue } from "./contact-details-view.ts";

type TShareContactDetailFormProps = {
  detail: TContactDetail;
  /** Where Cancel goes: the person page without the form. */
  closeHref: string;
  onShared: (message: string) => void;
  /** After any attempt, even a partly failed one: the list shows what was recorded. */
  onSettled: () => void;
};

function areaList(areas: readonly TServiceArea[]): string {
  return areas.map(serviceAreaInSentence).join(" and ");
}

/** The share form's values and problems, and recording one consent per area ticked. */
function useShareContactDetail({ detail, onShared, onSettled }: TShareContactDetailFormProps) {
  const grant = trpc.contactDetails.grantConsent.useMutation();
  const [values, setValues] = useState<TConsentFormValues>(emptyConsentFormValues);
  const [problems, setProblems] = useState<TConsentFormProblem[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const guard = useUnsavedChangesGuard(JSON.stringify(values) !== JSON.stringify(emptyConsentFormValues));
  const value = displayValue(detail);

  function change(changes: Partial<TConsentFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
  }

  async function share(inputs: ReturnType<typeof grantInputsFromValues>) {
    const granted: TServiceArea[] = [];
    setIsSaving(true);
    try {
      // One consent per area, one after another, so a refusal says which areas were recorded.
      for (const input of inputs) {
        await grant.mutateAsync(input);
        granted.push(input.grantedToArea);
      }
      guard.allowLeaving();
      onShared(`${value} is now shared with ${areaList(granted)}`);
    } catch (error) {
      const remaining = { ...values, areas: values.areas.filter((area) => !granted.includes(area)) };
      setValues(remaining);
      const fieldProblems = consentProblemsFrom(fieldErrorsOf(error), remaining);
      const recorded: TConsentFormProblem[] =
        granted.length === 0
          ? []
          : [
              {
                field: undefined,
                targetId: undefined,
                message: `It is now shared with ${areaList(granted)}, but not yet with ${areaList(remaining.areas)}`,
              },
            ];
      setProblems([
        ...recorded,
        ...(fieldProblems.length > 0
          ? fieldProblems
          : [{ field: undefined, targetId: undefined, message: actionProblem(error, detail) }]),
      ]);
    } finally {
      setIsSaving(false);
      onSettled();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const inputs = grantInputsFromValues(values, detail.id);
    const fieldErrors = consentFormErrors(inputs);
    if (fieldErrors.length > 0) {
      setProblems(consentProblemsFrom(fieldErrors, values));
      return;
    }
    setProblems([]);
    void share(inputs);
  }

  return { values, problems, isSaving, guard, change, handleSubmit };
}

/** Records the resident's consent for other service areas to see one of the officer's area's records. */
export function ShareContactDetailForm(props: TShareContactDetailFormProps) {
  const { detail, closeHref } = props;
  const { values, problems, isSaving, guard, change, handleSubmit } = useShareContactDetail(props);
  const errors = errorsByField(problems);
  const value = displayValue(detail);
  const words = contactTypeWords[detail.contactInformation.contactType];
  const headingId = `share-contact-${detail.id}-heading`;

  return (
    <>
      {guard.dialog}
      <ContactFormPanel
        headingId={headingId}
        heading={`Share ${value} with another area`}
        problems={problems}
        onSubmit={handleSubmit}
        submitLabel={`Share ${words.singular}`}
        isSubmitting={isSaving}
        closeHref={closeHref}
      >
        <Checkboxes
          id="consent-areas"
          name="areas"
          legend="Which service areas can see it?"
          hint={`Their staff will see this ${words.singular} until consent ends or is withdrawn. They cannot change it`}
          options={shareableAreas(detail).map((area) => ({ value: area, label: serviceAreaLabels[area] }))}
          values={values.areas}
          onChange={(areas) => change({ areas })}
          error={errors.areas}
        />
        <TextInput
          id="consent-consentedBy"
          name="consentedBy"
          label="Who gave consent?"
          labelClassName="govuk-label--s"
          hint="For example, the resident, or their daughter with lasting power of attorney"
          autoComplete="off"
          value={values.consentedBy}
          onChange={(event) => change({ consentedBy: event.target.value })}
          error={errors.consentedBy}
        />
        <DateInput
          id="consent-validUntil"
          legend="When does consent end? (optional)"
          hint="Leave it blank if the person gave no end date. For example, 31 12 2027"
          value={values.validUntil}
          onChange={(validUntil) => change({ validUntil })}
          error={errors.validUntil}
          errorParts={missingDateParts(values.validUntil)}
        />
      </ContactFormPanel>
    </>
  );
}

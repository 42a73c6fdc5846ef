import type { TAlertTarget } from "@housing/schemas/cautionary-alert";
import { type FormEvent, useState } from "react";
import { DateInput } from "../components/date-input.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Select } from "../components/select.tsx";
import { Textarea } from "../components/textarea.tsx";
import { PersonFormButtons } from "../person/person-form-parts.tsx";
import {
  alertTypeOptions,
  emptyRaiseAlertValues,
  raiseAlertInput,
  raiseFieldIds,
  type TRaiseAlertValues,
} from "./alert-forms.ts";
import { serverErrors, useAlertActions } from "./use-alert-actions.ts";

type TRaiseAlertFormProps = { target: TAlertTarget; onDone: (raisedType?: string) => void };

/** Raise an alert: its type, what to be careful of, from when and (optionally) until when. */
export function RaiseAlertForm({ target, onDone }: TRaiseAlertFormProps) {
  const { raise } = useAlertActions(target);
  const [values, setValues] = useState<TRaiseAlertValues>(emptyRaiseAlertValues);
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);
  const errorFor = (field: string) => errors.find((error) => error.targetId === raiseFieldIds[field])?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = raiseAlertInput(target, values);
    setErrors(checked.errors);
    if (checked.input === undefined) return;
    raise.mutate(checked.input, {
      onSuccess: (alert) => onDone(alert.alertType),
      onError: (error) =>
        setErrors(serverErrors(error, raiseFieldIds, "Sorry, the alert could not be raised. Try again.")),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Raise a cautionary alert">
      <ErrorSummary errors={errors} />
      <h3 className="govuk-heading-s">Raise a cautionary alert</h3>
      <Select
        id={raiseFieldIds.alertCode ?? "alert-type"}
        name="alertCode"
        label="Type of alert"
        labelClassName="govuk-label--s"
        options={alertTypeOptions}
        value={values.alertCode}
        onChange={(event) => setValues({ ...values, alertCode: event.target.value })}
        error={errorFor("alertCode")}
      />
      <Textarea
        id={raiseFieldIds.description ?? "alert-description"}
        name="description"
        label="Description"
        labelClassName="govuk-label--s"
        hint="What should staff be careful of, and what should they do?"
        value={values.description}
        onChange={(event) => setValues({ ...values, description: event.target.value })}
        error={errorFor("description")}
      />
      <DateInput
        id="alert-start-date"
        legend="Start date"
        hint="Today or earlier, for example 27 3 2026"
        value={values.startDate}
        onChange={(startDate) => setValues({ ...values, startDate })}
        error={errorFor("startDate")}
      />
      <DateInput
        id="alert-end-date"
        legend="End date (optional)"
        hint="The day the alert stops applying; leave blank if it has no end"
        value={values.endDate}
        onChange={(endDate) => setValues({ ...values, endDate })}
        error={errorFor("endDate")}
      />
      <PersonFormButtons label="Raise alert" isBusy={raise.isPending} cancel={{ onClick: () => onDone() }} />
    </form>
  );
}

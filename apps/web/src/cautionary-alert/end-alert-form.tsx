import type { TCautionaryAlert } from "@housing/schemas/cautionary-alert";
import { todayIsoDate } from "@housing/schemas/dates";
import { type FormEvent, useState } from "react";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { DateInput } from "../components/date-input.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { TextInput } from "../components/text-input.tsx";
import { datePartsFromIsoDate } from "../dates/date-parts.ts";
import { formatDate } from "../dates/display-dates.ts";
import { PersonFormButtons } from "../person/person-form-parts.tsx";
import { endAlertBody, endFieldIds, type TEndAlertValues } from "./alert-forms.ts";
import { serverErrors, useAlertActions } from "./use-alert-actions.ts";

type TEndAlertFormProps = { alert: TCautionaryAlert; onDone: (ended?: boolean) => void };

/** End an alert from a day (today unless changed), with an optional reason, after confirming. */
export function EndAlertForm({ alert, onDone }: TEndAlertFormProps) {
  const { end } = useAlertActions({ targetType: alert.targetType, targetId: alert.targetId });
  const [values, setValues] = useState<TEndAlertValues>({
    endDate: datePartsFromIsoDate(todayIsoDate()),
    endReason: "",
  });
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);
  const [confirming, setConfirming] = useState<{ endDate: string; endReason?: string | undefined }>();
  const errorFor = (field: string) => errors.find((error) => error.targetId === endFieldIds[field])?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = endAlertBody(values);
    setErrors(checked.errors);
    if (checked.input !== undefined) setConfirming(checked.input);
  }

  function confirm() {
    if (confirming === undefined) return;
    setConfirming(undefined);
    end.mutate(
      { id: alert.id, version: alert.version, ...confirming },
      {
        onSuccess: () => onDone(true),
        onError: (error) =>
          setErrors(serverErrors(error, endFieldIds, "Sorry, the alert could not be ended. Try again.")),
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`End alert: ${alert.alertType}`}>
      <ErrorSummary errors={errors} />
      <DateInput
        id="end-alert-date"
        legend="End date"
        hint="The day the alert stops applying: today or earlier"
        value={values.endDate}
        onChange={(endDate) => setValues({ ...values, endDate })}
        error={errorFor("endDate")}
      />
      <TextInput
        id={endFieldIds.endReason ?? "end-alert-reason"}
        name="endReason"
        label="Reason for ending (optional)"
        labelClassName="govuk-label--s"
        autoComplete="off"
        value={values.endReason}
        onChange={(event) => setValues({ ...values, endReason: event.target.value })}
        error={errorFor("endReason")}
      />
      <PersonFormButtons label="End alert" isBusy={end.isPending} cancel={{ onClick: () => onDone() }} />
      <ConfirmDialog
        open={confirming !== undefined}
        title="End this alert?"
        confirmLabel="Yes, end the alert"
        cancelLabel="No, keep it"
        isDestructive
        onConfirm={confirm}
        onCancel={() => setConfirming(undefined)}
      >
        <p className="govuk-body">
          {alert.alertType} will no longer show as a current alert from{" "}
          {confirming === undefined ? "" : formatDate(confirming.endDate)}.
        </p>
      </ConfirmDialog>
    </form>
  );
}

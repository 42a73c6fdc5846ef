import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TTenure, ZEndTenureBody, tenureEndReasons } from "@housing/schemas/tenure";
import { type FormEvent, useState } from "react";
import { toSummaryItems } from "../cautionary-alert/alert-forms.ts";
import { serverErrors } from "../cautionary-alert/use-alert-actions.ts";
import { ConfirmDialog } from "../components/confirm-dialog.tsx";
import { DateInput } from "../components/date-input.tsx";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Select } from "../components/select.tsx";
import { type TDateParts, emptyDateParts, incompleteDateMessage, isoDateFromParts } from "../dates/date-parts.ts";
import { formatDate } from "../dates/display-dates.ts";
import { PersonFormButtons } from "../person/person-form-parts.tsx";
import { trpc } from "../trpc.ts";

const fieldIds: Record<string, string> = { endOfTenureDate: "end-date-day", terminationReason: "end-reason" };
const reasonOptions = [
  { value: "", label: "Choose a reason" },
  ...tenureEndReasons.map((reason) => ({ value: reason, label: reason })),
];
type TEnd = { endOfTenureDate: string; terminationReason: (typeof tenureEndReasons)[number] };

function checked(endDate: TDateParts, reason: string): { input?: TEnd; errors: TErrorSummaryItem[] } {
  const parsed = ZEndTenureBody.safeParse({ endOfTenureDate: isoDateFromParts(endDate), terminationReason: reason });
  const incomplete = incompleteDateMessage("The end date", endDate);
  if (parsed.success && incomplete === undefined) return { input: parsed.data, errors: [] };
  const problems = [
    ...(incomplete === undefined ? [] : [{ path: "endOfTenureDate", message: incomplete }]),
    ...(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues)),
  ];
  return { errors: toSummaryItems(problems, fieldIds) };
}

/** End an active tenancy on a day (no earlier than its start, the API checks) for a reason, after confirming. */
export function EndTenancyForm({ tenure, onDone }: { tenure: TTenure; onDone: (ended?: TTenure) => void }) {
  const utils = trpc.useUtils();
  const end = trpc.tenure.end.useMutation();
  const [endDate, setEndDate] = useState<TDateParts>(emptyDateParts);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);
  const [confirming, setConfirming] = useState<TEnd>();
  const errorFor = (field: string) => errors.find((e) => e.targetId === fieldIds[field])?.message;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = checked(endDate, reason);
    setErrors(result.errors);
    setConfirming(result.input);
  }

  function confirm() {
    if (confirming === undefined) return;
    setConfirming(undefined);
    end.mutate(
      { id: tenure.id, version: tenure.version, ...confirming },
      {
        onSuccess: (ended) => {
          utils.tenure.get.setData({ id: ended.id }, ended);
          void utils.asset.get.invalidate({ id: ended.tenuredAsset.id });
          void utils.tenure.activity.invalidate({ id: ended.id });
          onDone(ended);
        },
        onError: (error) =>
          setErrors(serverErrors(error, fieldIds, "Sorry, the tenancy could not be ended. Try again.")),
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="End tenancy" className="govuk-!-margin-bottom-8">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">End tenancy</h2>
      <DateInput
        id="end-date"
        legend="End date"
        hint={`The last day of the tenancy: on or after ${formatDate(tenure.startOfTenureDate)}, when it started`}
        value={endDate}
        onChange={setEndDate}
        error={errorFor("endOfTenureDate")}
      />
      <Select
        id="end-reason"
        name="terminationReason"
        label="Reason"
        labelClassName="govuk-label--s"
        options={reasonOptions}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={errorFor("terminationReason")}
      />
      <PersonFormButtons label="End tenancy" isBusy={end.isPending} cancel={{ onClick: () => onDone() }} />
      <ConfirmDialog
        open={confirming !== undefined}
        title="End this tenancy?"
        confirmLabel="Yes, end the tenancy"
        cancelLabel="No, keep it"
        isDestructive
        onConfirm={confirm}
        onCancel={() => setConfirming(undefined)}
      >
        <p className="govuk-body">
          Tenure {tenure.paymentReference} will end on{" "}
          {confirming === undefined ? "" : formatDate(confirming.endOfTenureDate)}
          {confirming === undefined ? "" : ` (${confirming.terminationReason})`}.
        </p>
      </ConfirmDialog>
    </form>
  );
}

import {
  cautionaryAlertTypes,
  type TAlertTarget,
  type TRaiseCautionaryAlertInput,
  ZEndCautionaryAlertBody,
  ZRaiseCautionaryAlertInput,
} from "@housing/schemas/cautionary-alert";
import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { z } from "zod";
import type { TErrorSummaryItem } from "../components/error-summary.tsx";
import { type TDateParts, emptyDateParts, incompleteDateMessage, isoDateFromParts } from "../dates/date-parts.ts";

/** The alert types for a select: an empty choice first, then the council's types by name. */
export const alertTypeOptions = [
  { value: "", label: "Choose a type" },
  ...Object.entries(cautionaryAlertTypes)
    .map(([value, label]) => ({ value, label: `${label} (${value})` }))
    .sort((a, b) => a.label.localeCompare(b.label)),
];

export type TRaiseAlertValues = { alertCode: string; description: string; startDate: TDateParts; endDate: TDateParts };
export const emptyRaiseAlertValues: TRaiseAlertValues = {
  alertCode: "",
  description: "",
  startDate: emptyDateParts,
  endDate: emptyDateParts,
};

/** The first input of each field, where the error summary takes the officer. */
export const raiseFieldIds: Record<string, string> = {
  alertCode: "alert-type",
  description: "alert-description",
  startDate: "alert-start-date-day",
  endDate: "alert-end-date-day",
};

/** Server or schema field errors as error summary items linked to the form's inputs. */
export function toSummaryItems(
  fieldErrors: readonly { path: string; message: string }[],
  fieldIds: Record<string, string>,
): TErrorSummaryItem[] {
  const firstPerField = fieldErrors.filter(
    (error, index) => fieldErrors.findIndex((e) => e.path === error.path) === index,
  );
  return firstPerField.map(({ path, message }) => ({ targetId: fieldIds[path.split(".")[0] ?? ""], message }));
}

/** A form's values checked with the API's schema: the input to send, or what to fix. */
type TChecked<T> = { input: T; errors: TErrorSummaryItem[] } | { input: undefined; errors: TErrorSummaryItem[] };

/** The raise input the form spells, checked with the API's own schema (and GOV.UK's half-date wording). */
export function raiseAlertInput(target: TAlertTarget, values: TRaiseAlertValues): TChecked<TRaiseCautionaryAlertInput> {
  const input = {
    ...target,
    alertCode: values.alertCode,
    description: values.description,
    startDate: isoDateFromParts(values.startDate),
    endDate: isoDateFromParts(values.endDate),
  };
  const parsed = ZRaiseCautionaryAlertInput.safeParse(input);
  const incomplete = [
    { path: "startDate", message: incompleteDateMessage("The start date", values.startDate) },
    { path: "endDate", message: incompleteDateMessage("The end date", values.endDate) },
  ].filter((e): e is { path: string; message: string } => e.message !== undefined);
  if (parsed.success && incomplete.length === 0) return { input: parsed.data, errors: [] };
  const schemaErrors = parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
  const errors = [...incomplete, ...schemaErrors.filter((e) => !incomplete.some((i) => i.path === e.path))];
  return { input: undefined, errors: toSummaryItems(errors, raiseFieldIds) };
}

export type TEndAlertValues = { endDate: TDateParts; endReason: string };
export const endFieldIds: Record<string, string> = { endDate: "end-alert-date-day", endReason: "end-alert-reason" };

export function endAlertBody(values: TEndAlertValues): TChecked<z.output<typeof ZEndCautionaryAlertBody>> {
  const parsed = ZEndCautionaryAlertBody.safeParse({
    endDate: isoDateFromParts(values.endDate),
    endReason: values.endReason,
  });
  if (parsed.success) return { input: parsed.data, errors: [] };
  return { input: undefined, errors: toSummaryItems(fieldErrorsFromIssues(parsed.error.issues), endFieldIds) };
}

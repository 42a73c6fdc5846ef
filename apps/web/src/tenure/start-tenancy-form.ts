import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import { type TCreateTenureInput, ZCreateTenureInput } from "@housing/schemas/tenure";
import { z } from "zod";
import { toSummaryItems } from "../cautionary-alert/alert-forms.ts";
import type { TErrorSummaryItem } from "../components/error-summary.tsx";
import { type TDateParts, emptyDateParts, incompleteDateMessage, isoDateFromParts } from "../dates/date-parts.ts";
import type { TChosenPerson } from "./household-choice.ts";

export type TStartTenancyValues = {
  tenureTypeCode: string;
  startDate: TDateParts;
  paymentReference: string;
  household: TChosenPerson[];
};

export const emptyStartTenancyValues: TStartTenancyValues = {
  tenureTypeCode: "",
  startDate: emptyDateParts,
  paymentReference: "",
  household: [],
};

/** The first input of each field, where the error summary takes the officer. */
export const startTenancyFieldIds: Record<string, string> = {
  tenureTypeCode: "tenure-type",
  startOfTenureDate: "start-date-day",
  paymentReference: "payment-reference",
  householdMembers: "find-person",
  assetId: "find-person",
};

const noHolder = "Choose at least one named tenure holder";

/** The create input the form spells, checked with the API's own schema; a tenancy needs a tenure holder. */
export function startTenancyInput(
  assetId: string,
  values: TStartTenancyValues,
): { input?: TCreateTenureInput; errors: TErrorSummaryItem[] } {
  const parsed = ZCreateTenureInput.safeParse({
    assetId,
    tenureTypeCode: values.tenureTypeCode,
    startOfTenureDate: isoDateFromParts(values.startDate),
    paymentReference: values.paymentReference.trim(),
    householdMembers: values.household.map(({ id, isResponsible }) => ({ personId: id, isResponsible })),
  });
  const incomplete = incompleteDateMessage("The start date", values.startDate);
  const problems = [
    ...(values.tenureTypeCode === "" ? [{ path: "tenureTypeCode", message: "Choose the type of tenure" }] : []),
    ...(incomplete === undefined ? [] : [{ path: "startOfTenureDate", message: incomplete }]),
    ...(parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues)),
    ...(values.household.some((person) => person.isResponsible)
      ? []
      : [{ path: "householdMembers", message: noHolder }]),
  ];
  if (parsed.success && problems.length === 0) return { input: parsed.data, errors: [] };
  return { errors: toSummaryItems(problems, startTenancyFieldIds) };
}

const ZDraft = z.object({
  tenureTypeCode: z.string(),
  startDate: z.object({ day: z.string(), month: z.string(), year: z.string() }),
  paymentReference: z.string(),
  household: z.array(
    z.object({ id: z.string(), fullName: z.string(), dateOfBirth: z.string().nullable(), isResponsible: z.boolean() }),
  ),
});

const draftKey = (assetId: string) => `housing-platform.start-tenancy.${assetId}`;

/** The form as left when the officer went to add a person, so it is as they left it when they come back. */
export function loadStartTenancyDraft(assetId: string): TStartTenancyValues {
  try {
    const parsed = ZDraft.safeParse(JSON.parse(window.sessionStorage.getItem(draftKey(assetId)) ?? "null"));
    return parsed.success ? parsed.data : emptyStartTenancyValues;
  } catch {
    return emptyStartTenancyValues;
  }
}

export function saveStartTenancyDraft(assetId: string, values: TStartTenancyValues | null): void {
  if (values === null) window.sessionStorage.removeItem(draftKey(assetId));
  else window.sessionStorage.setItem(draftKey(assetId), JSON.stringify(values));
}

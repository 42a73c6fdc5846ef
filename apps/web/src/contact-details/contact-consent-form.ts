import { type TServiceArea, ZServiceArea } from "@housing/schemas/auth";
import { ZGrantConsentInput } from "@housing/schemas/contact-consent";
import type { TContactDetail } from "@housing/schemas/contact-details";
import { todayIsoDate } from "@housing/schemas/dates";
import { type TFieldError, fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { z } from "zod";
import {
  type TDateParts,
  emptyDateParts,
  incompleteDateMessage,
  isoDateFromParts,
  missingDateParts,
} from "../dates/date-parts.ts";
import { formatDate } from "../dates/display-dates.ts";
import { type TFormProblem, problemsInPageOrder } from "./contact-detail-form.ts";
import { serviceAreaLabels } from "./contact-detail-labels.ts";

export type TConsent = TContactDetail["consents"][number];
type TGrantConsentInput = z.input<typeof ZGrantConsentInput>;

/** The share form as typed. */
export type TConsentFormValues = { areas: TServiceArea[]; consentedBy: string; validUntil: TDateParts };

/** The form's fields in page order. */
export const consentFormFields = ["areas", "consentedBy", "validUntil"] as const;
export type TConsentFormField = (typeof consentFormFields)[number];
export type TConsentFormProblem = TFormProblem<TConsentFormField>;

export const emptyConsentFormValues: TConsentFormValues = { areas: [], consentedBy: "", validUntil: emptyDateParts };

/** Consents that still let the other area see the record: neither withdrawn nor past their end date. */
export function currentConsents(consents: readonly TConsent[], today: string = todayIsoDate()): TConsent[] {
  return consents.filter(
    (consent) => consent.revokedAt === null && (consent.validUntil === null || consent.validUntil >= today),
  );
}

/** The areas a record may still be shared with: not its owner, and not one it is shared with already. */
export function shareableAreas(
  detail: { sourceServiceArea: { area: TServiceArea }; consents: readonly TConsent[] },
  today: string = todayIsoDate(),
): TServiceArea[] {
  const sharedWith = currentConsents(detail.consents, today).map((consent) => consent.grantedToArea);
  return ZServiceArea.options.filter((area) => area !== detail.sourceServiceArea.area && !sharedWith.includes(area));
}

/**
 * A consent in words: "Shared with Social care until 31/12/2027 — consent given by the resident,
 * recorded by Hannah Holt on 23/11/2026".
 */
export function consentText(consent: TConsent): string {
  const until = consent.validUntil === null ? "" : ` until ${formatDate(consent.validUntil)}`;
  const recordedOn = formatDate(todayIsoDate(new Date(consent.grantedAt)));
  return `Shared with ${serviceAreaLabels[consent.grantedToArea]}${until} — consent given by ${consent.consentedBy}, recorded by ${consent.grantedBy.fullName} on ${recordedOn}`;
}

/**
 * One grant per ticked area (the API records a consent per area). With none ticked, one without an
 * area, so the schema still checks the rest and one submit names every problem.
 */
export function grantInputsFromValues(values: TConsentFormValues, contactDetailId: string): TGrantConsentInput[] {
  const shared = {
    contactDetailId,
    consentedBy: values.consentedBy,
    validUntil: isoDateFromParts(values.validUntil),
  };
  if (values.areas.length === 0) return [{ ...shared, grantedToArea: "" as TServiceArea }];
  return values.areas.map((grantedToArea) => ({ ...shared, grantedToArea }));
}

/** What the shared schema says about the grants the form would send. */
export function consentFormErrors(inputs: readonly TGrantConsentInput[]): TFieldError[] {
  return inputs.flatMap((input) => {
    const parsed = ZGrantConsentInput.safeParse(input);
    return parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues);
  });
}

const fieldOfPath = new Map<string, TConsentFormField>([
  ["grantedToArea", "areas"],
  ["consentedBy", "consentedBy"],
  ["validUntil", "validUntil"],
]);

/** The id of a field's first box, as the error summary links to it. */
export function consentFieldId(field: TConsentFormField, values: TConsentFormValues): string {
  if (field !== "validUntil") return `consent-${field}`;
  const [firstMissing = "day"] = missingDateParts(values.validUntil);
  return `consent-validUntil-${firstMissing}`;
}

/** Schema and API errors as the form shows them, in page order, in words for the boxes on screen. */
export function consentProblemsFrom(errors: readonly TFieldError[], values: TConsentFormValues): TConsentFormProblem[] {
  return problemsInPageOrder(errors, {
    fields: consentFormFields,
    fieldOf: (path) => fieldOfPath.get(path),
    messageFor: (field, message) => {
      if (field === "areas" && values.areas.length === 0) return "Select which service areas to share it with";
      if (field === "validUntil") return incompleteDateMessage("The date consent ends", values.validUntil) ?? message;
      return message;
    },
    targetIdFor: (field) => consentFieldId(field, values),
  });
}

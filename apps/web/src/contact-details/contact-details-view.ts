import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactDetail } from "@housing/schemas/contact-details";
import { type TContactType, activeContactLimit, contactTypes } from "@housing/schemas/contact-vocabulary";
import { todayIsoDate } from "@housing/schemas/dates";
import { httpStatusOf } from "../api/retry-policy.ts";
import { formatDate } from "../dates/display-dates.ts";
import { contactTypeWords, formatPhoneNumber, serviceAreaInSentence } from "./contact-detail-labels.ts";

/** The fields of a contact detail these helpers read, so tests can build small ones. */
export type TContactDetailView = Pick<
  TContactDetail,
  "id" | "contactInformation" | "sourceServiceArea" | "recordValidUntil" | "isActive" | "endedAt" | "isOwnedByCaller"
> & { createdBy: Pick<TContactDetail["createdBy"], "createdAt"> };

export type TContactGroup<TDetail extends TContactDetailView> = { contactType: TContactType; details: TDetail[] };

/** The number, email or one-line address, as the page and the dialogs name it. */
export function displayValue(detail: Pick<TContactDetailView, "contactInformation">): string {
  const { contactType, value } = detail.contactInformation;
  return contactType === "phone" ? formatPhoneNumber(value) : value;
}

/** Defaults first, then the caller's own records before shared ones, then the newest. */
export function compareActive(a: TContactDetailView, b: TContactDetailView): number {
  return (
    Number(b.sourceServiceArea.isDefault) - Number(a.sourceServiceArea.isDefault) ||
    Number(b.isOwnedByCaller) - Number(a.isOwnedByCaller) ||
    b.createdBy.createdAt.localeCompare(a.createdBy.createdAt)
  );
}

/** Active records by type, phones then emails then addresses; every type has a group, maybe empty. */
export function groupActive<TDetail extends TContactDetailView>(details: readonly TDetail[]): TContactGroup<TDetail>[] {
  return contactTypes.map((contactType) => ({
    contactType,
    details: details
      .filter((detail) => detail.isActive && detail.contactInformation.contactType === contactType)
      .sort(compareActive),
  }));
}

/** The London calendar date (yyyy-MM-dd) a record stopped being current; undefined while it is current. */
export function endDateOf(detail: TContactDetailView): string | undefined {
  const ended = detail.endedAt === null ? undefined : todayIsoDate(new Date(detail.endedAt));
  const validUntil = detail.recordValidUntil ?? undefined;
  if (ended === undefined) return detail.isActive ? undefined : validUntil;
  return validUntil !== undefined && validUntil < ended ? validUntil : ended;
}

/** Historic records, the most recently ended first. */
export function historicDetails<TDetail extends TContactDetailView>(details: readonly TDetail[]): TDetail[] {
  return details
    .filter((detail) => !detail.isActive)
    .sort((a, b) => (endDateOf(b) ?? "").localeCompare(endDateOf(a) ?? "") || compareActive(a, b));
}

/**
 * When a record was in use, in words: "From 14/03/2023 to 02/05/2024" once marked historic,
 * "From 14/03/2023, valid until 01/02/2025" when it ran out, "Valid until 01/02/2026" while current.
 */
export function validDatesText(detail: TContactDetailView): string | undefined {
  const from = formatDate(todayIsoDate(new Date(detail.createdBy.createdAt)));
  const validUntil = detail.recordValidUntil;
  if (detail.isActive) return validUntil === null ? undefined : `Valid until ${formatDate(validUntil)}`;
  const ended = detail.endedAt === null ? undefined : todayIsoDate(new Date(detail.endedAt));
  if (ended === undefined || (validUntil !== null && validUntil < ended)) {
    return validUntil === null ? `From ${from}` : `From ${from}, valid until ${formatDate(validUntil)}`;
  }
  return `From ${from} to ${formatDate(ended)}`;
}

/** Active records of one type that one area owns: what the limit counts. */
export function activeCount(details: readonly TContactDetailView[], contactType: TContactType, area: TServiceArea) {
  return details.filter(
    (detail) =>
      detail.isActive &&
      detail.contactInformation.contactType === contactType &&
      detail.sourceServiceArea.area === area,
  ).length;
}

/** The caller's areas that already have the most active records of this type (addresses have no limit). */
export function areasAtLimit(
  details: readonly TContactDetailView[],
  contactType: TContactType,
  areas: readonly TServiceArea[],
): TServiceArea[] {
  if (contactType === "address") return [];
  return areas.filter((area) => activeCount(details, contactType, area) >= activeContactLimit);
}

/**
 * Why the officer cannot add another of this type, when every one of their areas is at the limit:
 * "You can have up to 5 active phone numbers for housing — mark one as historic to add another".
 */
export function addBlockedReason(
  details: readonly TContactDetailView[],
  contactType: TContactType,
  areas: readonly TServiceArea[],
): string | undefined {
  const full = areasAtLimit(details, contactType, areas);
  if (areas.length === 0 || full.length < areas.length) return undefined;
  const names = full.map(serviceAreaInSentence);
  const forAreas = names.length === 1 ? `for ${names[0] ?? ""}` : `for each of ${names.join(" and ")}`;
  return `You can have up to ${activeContactLimit} active ${contactTypeWords[contactType].plural} ${forAreas} — mark one as historic to add another`;
}

/** What went wrong with a change to a record, in words for the officer. */
export function actionProblem(error: unknown, detail: Pick<TContactDetailView, "contactInformation">): string {
  const status = httpStatusOf(error);
  const what = `this ${contactTypeWords[detail.contactInformation.contactType].singular}`;
  if (status === 409) {
    return `Someone else changed ${what} while you were looking at it. The list now shows the latest version: check it and try again`;
  }
  if (status === 403) return `You do not have permission to change ${what}`;
  if (status === 404) return `${displayValue(detail)} is no longer on this person's record`;
  if (status === 400 && error instanceof Error) return error.message;
  return `Sorry, ${what} could not be changed. Try again, and if it keeps happening contact the service desk`;
}

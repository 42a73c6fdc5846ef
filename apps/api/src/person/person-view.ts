import type { TPerson, TPersonSummary, TPersonTenure } from "@housing/schemas/person";
import { fullAddress } from "../kernel/asset-address.ts";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { ageOn, toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { tenureIsActive } from "../kernel/tenure-activity.ts";
import type { PersonRow, PersonSummaryRow } from "./person.repository.ts";

/** Null when the date of birth is not known. */
export function isAMinor(dateOfBirth: string | null, today: string): boolean | null {
  return dateOfBirth === null ? null : ageOn(dateOfBirth, today) < 18;
}

/** Active tenures first, then secure ones, then the newest. */
export function compareTenures(a: TPersonTenure, b: TPersonTenure): number {
  if (a.isActive !== b.isActive) return a.isActive ? -1 : 1;
  const aSecure = a.tenureTypeCode === "SEC";
  const bSecure = b.tenureTypeCode === "SEC";
  if (aSecure !== bSecure) return aSecure ? -1 : 1;
  return b.startDate.localeCompare(a.startDate);
}

export function toPerson(row: PersonRow, today: string): TPerson {
  const dateOfBirth = toIsoDateOrNull(row.dateOfBirth);
  const tenures = row.tenancies
    .map(({ tenure, isResponsible }): TPersonTenure => {
      const endDate = toIsoDateOrNull(tenure.endOfTenureDate);
      return {
        id: tenure.id,
        type: tenure.tenureType.description,
        tenureTypeCode: tenure.tenureTypeCode,
        startDate: toIsoDate(tenure.startOfTenureDate),
        endDate,
        isActive: tenureIsActive(endDate, today),
        isResponsible,
        paymentReference: tenure.paymentReference,
        assetId: tenure.asset.id,
        assetFullAddress: fullAddress(tenure.asset),
        uprn: tenure.asset.uprn,
        propertyReference: tenure.asset.propertyReference,
      };
    })
    .sort(compareTenures);
  return {
    id: row.id,
    personRef: row.personRef,
    title: row.title,
    preferredTitle: row.preferredTitle,
    firstName: row.firstName,
    middleName: row.middleName,
    surname: row.surname,
    preferredFirstName: row.preferredFirstName,
    preferredMiddleName: row.preferredMiddleName,
    preferredSurname: row.preferredSurname,
    placeOfBirth: row.placeOfBirth,
    dateOfBirth,
    dateOfDeath: toIsoDateOrNull(row.dateOfDeath),
    isAMinor: isAMinor(dateOfBirth, today),
    personTypes: row.personTypes,
    reason: row.reason,
    tenures,
    links: row.links.map(({ id, system, rel, href, externalId }) => ({
      id,
      system,
      rel,
      href,
      externalId,
      type: "GET",
    })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: parseActorStamp(row.createdBy),
    modifiedAt: row.modifiedAt.toISOString(),
    modifiedBy: parseActorStamp(row.modifiedBy),
  };
}

/** The summary's fields only: rows may carry more (the duplicate check's similarity scores). */
export function toPersonSummary(row: PersonSummaryRow): TPersonSummary {
  const { id, personRef, title, firstName, middleName, surname, personTypes } = row;
  return {
    id,
    personRef,
    title,
    firstName,
    middleName,
    surname,
    dateOfBirth: toIsoDateOrNull(row.dateOfBirth),
    personTypes,
  };
}

import type { ContactDetailExtractRow } from "../contact-details/contact-details-reads.ts";
import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { type ExtractField, instant } from "./extract-fields.ts";
import type {
  AssetExtractRow,
  HouseholdMemberExtractRow,
  PersonExtractRow,
  TenureExtractRow,
} from "./extracts.repository.ts";

// The fields of the housing extracts. Values as the API speaks them: ids, codes, yyyy-mm-dd dates,
// ISO instants in UTC; nothing derived from today's date (a tenure's "active" would change without
// its modifiedAt moving), so a loader works it out from the dates.

const personTypeCodes = ["Tenant", "Leaseholder", "Freeholder", "HouseholdMember", "Occupant"] as const;

/** Names and dates only: equality, identity and service-area data are not in this extract. */
export const personFields: readonly ExtractField<PersonExtractRow>[] = [
  { name: "id", value: (p) => p.id },
  { name: "personRef", value: (p) => p.personRef },
  { name: "title", value: (p) => p.title },
  { name: "firstName", value: (p) => p.firstName },
  { name: "middleName", value: (p) => p.middleName },
  { name: "surname", value: (p) => p.surname },
  { name: "preferredTitle", value: (p) => p.preferredTitle },
  { name: "preferredFirstName", value: (p) => p.preferredFirstName },
  { name: "preferredMiddleName", value: (p) => p.preferredMiddleName },
  { name: "preferredSurname", value: (p) => p.preferredSurname },
  { name: "dateOfBirth", value: (p) => toIsoDateOrNull(p.dateOfBirth) },
  { name: "dateOfDeath", value: (p) => toIsoDateOrNull(p.dateOfDeath) },
  { name: "personTypes", codes: personTypeCodes, csvPrefix: "is", values: (p) => p.personTypes },
  { name: "createdAt", value: (p) => instant(p.createdAt) },
  { name: "modifiedAt", value: (p) => instant(p.modifiedAt) },
];

export const contactDetailFields: readonly ExtractField<ContactDetailExtractRow>[] = [
  { name: "id", value: (c) => c.id },
  { name: "targetType", value: (c) => c.targetType },
  { name: "targetId", value: (c) => c.targetId },
  { name: "serviceArea", value: (c) => c.serviceArea },
  { name: "contactType", value: (c) => c.contactType },
  { name: "subType", value: (c) => c.subType },
  { name: "value", value: (c) => c.value },
  { name: "description", value: (c) => c.description },
  { name: "addressLine1", value: (c) => c.addressLine1 },
  { name: "addressLine2", value: (c) => c.addressLine2 },
  { name: "addressLine3", value: (c) => c.addressLine3 },
  { name: "addressLine4", value: (c) => c.addressLine4 },
  { name: "postCode", value: (c) => c.postCode },
  { name: "uprn", value: (c) => c.uprn },
  { name: "isOverseasAddress", value: (c) => c.isOverseasAddress },
  { name: "overseasAddress", value: (c) => c.overseasAddress },
  { name: "country", value: (c) => c.country },
  { name: "isDefault", value: (c) => c.isDefault },
  { name: "isMarkedHistoric", value: (c) => !c.isActive },
  { name: "validUntil", value: (c) => toIsoDateOrNull(c.validUntil) },
  { name: "endedAt", value: (c) => instant(c.endedAt) },
  { name: "createdAt", value: (c) => instant(c.createdAt) },
  { name: "modifiedAt", value: (c) => instant(c.modifiedAt) },
];

export const assetFields: readonly ExtractField<AssetExtractRow>[] = [
  { name: "id", value: (a) => a.id },
  { name: "propertyReference", value: (a) => a.propertyReference },
  { name: "assetType", value: (a) => a.assetType },
  { name: "parentAssetId", value: (a) => a.parentId },
  { name: "name", value: (a) => a.name },
  { name: "uprn", value: (a) => a.uprn },
  { name: "postPreamble", value: (a) => a.postPreamble },
  { name: "addressLine1", value: (a) => a.addressLine1 },
  { name: "addressLine2", value: (a) => a.addressLine2 },
  { name: "addressLine3", value: (a) => a.addressLine3 },
  { name: "addressLine4", value: (a) => a.addressLine4 },
  { name: "postCode", value: (a) => a.postCode },
  { name: "bedrooms", value: (a) => a.bedrooms },
  { name: "livingRooms", value: (a) => a.livingRooms },
  { name: "floorNumber", value: (a) => a.floorNumber },
  { name: "totalBlockFloors", value: (a) => a.totalBlockFloors },
  { name: "yearConstructed", value: (a) => a.yearConstructed },
  { name: "isVoid", value: (a) => a.isVoid },
  { name: "isLettable", value: (a) => a.isLettable },
  { name: "isNewBuild", value: (a) => a.isNewBuild },
  { name: "isRightToBuy", value: (a) => a.isRightToBuy },
  { name: "rentGroup", value: (a) => a.rentGroup },
  { name: "createdAt", value: (a) => instant(a.createdAt) },
  { name: "modifiedAt", value: (a) => instant(a.modifiedAt) },
];

export const tenureFields: readonly ExtractField<TenureExtractRow>[] = [
  { name: "id", value: (t) => t.id },
  { name: "assetId", value: (t) => t.assetId },
  { name: "paymentReference", value: (t) => t.paymentReference },
  { name: "tenureTypeCode", value: (t) => t.tenureTypeCode },
  { name: "tenureTypeDescription", value: (t) => t.tenureType.description },
  { name: "startOfTenureDate", value: (t) => toIsoDateOrNull(t.startOfTenureDate) },
  { name: "endOfTenureDate", value: (t) => toIsoDateOrNull(t.endOfTenureDate) },
  { name: "isTerminated", value: (t) => t.isTerminated },
  { name: "terminationReason", value: (t) => t.terminationReason },
  { name: "createdAt", value: (t) => instant(t.createdAt) },
  { name: "modifiedAt", value: (t) => instant(t.modifiedAt) },
];

/** The key a membership is read and paged by: its tenure, then its person. */
export const membershipKey = (m: { tenureId: string; personId: string }) => `${m.tenureId}:${m.personId}`;

export const householdMemberFields: readonly ExtractField<HouseholdMemberExtractRow>[] = [
  { name: "id", value: membershipKey },
  { name: "tenureId", value: (m) => m.tenureId },
  { name: "personId", value: (m) => m.personId },
  { name: "isResponsible", value: (m) => m.isResponsible },
  { name: "personTenureType", value: (m) => m.personTenureType },
  { name: "addedAt", value: (m) => instant(m.addedAt) },
  // A membership is stamped through its tenure: a household change marks the tenure modified.
  { name: "modifiedAt", value: (m) => instant(m.tenure.modifiedAt) },
];

import type { ContactDetailExtractRow } from "../contact-details/contact-details-reads.ts";
import { type ExtractField, fieldsOf, instant, recordStamps } from "./extract-fields.ts";
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
/** The address lines contact details and properties both hold, in the order the API gives them. */
const addressLines = ["addressLine1", "addressLine2", "addressLine3", "addressLine4", "postCode"] as const;

const person = fieldsOf<PersonExtractRow>();
/** Names and dates only: equality, identity and service-area data are not in this extract. */
export const personFields: readonly ExtractField<PersonExtractRow>[] = [
  ...person.asStored("id", "personRef", "title", "firstName", "middleName", "surname"),
  ...person.asStored("preferredTitle", "preferredFirstName", "preferredMiddleName", "preferredSurname"),
  ...person.asDates("dateOfBirth", "dateOfDeath"),
  { name: "personTypes", codes: personTypeCodes, csvPrefix: "is", values: (p) => p.personTypes },
  ...person.asInstants(...recordStamps),
];

const contactDetail = fieldsOf<ContactDetailExtractRow>();
export const contactDetailFields: readonly ExtractField<ContactDetailExtractRow>[] = [
  ...contactDetail.asStored("id", "targetType", "targetId", "serviceArea"),
  ...contactDetail.asStored("contactType", "subType", "value", "description"),
  ...contactDetail.asStored(...addressLines, "uprn", "isOverseasAddress", "overseasAddress", "country"),
  ...contactDetail.asStored("isDefault"),
  { name: "isMarkedHistoric", value: (c) => !c.isActive },
  ...contactDetail.asDates("validUntil"),
  ...contactDetail.asInstants("endedAt", ...recordStamps),
];

const asset = fieldsOf<AssetExtractRow>();
export const assetFields: readonly ExtractField<AssetExtractRow>[] = [
  ...asset.asStored("id", "propertyReference", "assetType"),
  { name: "parentAssetId", value: (a) => a.parentId },
  ...asset.asStored("name", "uprn", "postPreamble", ...addressLines),
  ...asset.asStored("bedrooms", "livingRooms", "floorNumber", "totalBlockFloors", "yearConstructed"),
  ...asset.asStored("isVoid", "isLettable", "isNewBuild", "isRightToBuy", "rentGroup"),
  ...asset.asInstants(...recordStamps),
];

const tenure = fieldsOf<TenureExtractRow>();
export const tenureFields: readonly ExtractField<TenureExtractRow>[] = [
  ...tenure.asStored("id", "assetId", "paymentReference", "tenureTypeCode"),
  { name: "tenureTypeDescription", value: (t) => t.tenureType.description },
  ...tenure.asDates("startOfTenureDate", "endOfTenureDate"),
  ...tenure.asStored("isTerminated", "terminationReason"),
  ...tenure.asInstants(...recordStamps),
];

/** The key a membership is read and paged by: its tenure, then its person. */
export const membershipKey = (m: { tenureId: string; personId: string }) => `${m.tenureId}:${m.personId}`;

const householdMember = fieldsOf<HouseholdMemberExtractRow>();
export const householdMemberFields: readonly ExtractField<HouseholdMemberExtractRow>[] = [
  { name: "id", value: membershipKey },
  ...householdMember.asStored("tenureId", "personId", "isResponsible", "personTenureType"),
  ...householdMember.asInstants("addedAt"),
  // A membership is stamped through its tenure: a household change marks the tenure modified.
  { name: "modifiedAt", value: (m) => instant(m.tenure.modifiedAt) },
];

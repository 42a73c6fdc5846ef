import { assetTypeLabels, personTypeLabels } from "@housing/schemas/labels";
import type { TAssetSearchDocument, TPersonSearchDocument, TTenureSearchDocument } from "@housing/schemas/search";
import { type CsvColumn, yesNo } from "./csv.ts";

// The staff app's download: the columns and words of its result cards (apps/web/src/search/*-card.tsx),
// so the file reads as the screen does. The e2e suite holds the two together.

/** A yyyy-mm-dd date as staff read it, dd/mm/yyyy. */
export function screenDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

const activeOrEnded = (isActive: boolean) => (isActive ? "Active" : "Ended");
const fullName = (parts: readonly (string | null)[]) => parts.filter((part) => part !== null && part !== "").join(" ");
const namesOrNone = (names: readonly string[]) => (names.length === 0 ? "None" : names.join(", "));

/** The preferred name when it differs from the name, as the card's "Known as". */
function knownAs(p: TPersonSearchDocument): string | null {
  if (p.preferredFirstname === null && p.preferredSurname === null) return null;
  const preferred = fullName([
    p.title,
    p.preferredFirstname ?? p.firstname,
    p.preferredFirstname === null ? p.middleName : null,
    p.preferredSurname ?? p.surname,
  ]);
  return preferred === fullName([p.title, p.firstname, p.middleName, p.surname]) ? null : preferred;
}

export const personScreenColumns: readonly CsvColumn<TPersonSearchDocument>[] = [
  { header: "Name", value: (p) => fullName([p.title, p.firstname, p.middleName, p.surname]) },
  { header: "Known as", value: knownAs },
  { header: "Person types", value: (p) => p.personTypes.map((type) => personTypeLabels[type]).join(", ") },
  { header: "Cautionary alert", value: (p) => yesNo(p.isPersonCautionaryAlerted || p.isTenureCautionaryAlerted) },
  { header: "Date of birth", value: (p) => (p.dateOfBirth === null ? "Not recorded" : screenDate(p.dateOfBirth)) },
  {
    header: "Tenures",
    value: (p) =>
      p.tenures.length === 0
        ? "None"
        : p.tenures.map((t) => `${t.assetFullAddress} (${activeOrEnded(t.isActive)})`).join("; "),
  },
];

const namedAssetTypes: readonly TAssetSearchDocument["assetType"][] = ["Estate", "Block"];

export const assetScreenColumns: readonly CsvColumn<TAssetSearchDocument>[] = [
  {
    header: "Property",
    value: (a) =>
      namedAssetTypes.includes(a.assetType) && a.name !== null && a.name.trim() !== "" ? a.name : a.fullAddress,
  },
  { header: "Address", value: (a) => a.fullAddress },
  { header: "Type", value: (a) => assetTypeLabels[a.assetType] },
  { header: "UPRN", value: (a) => a.assetAddress.uprn ?? "None" },
  { header: "Property reference", value: (a) => a.assetId },
  {
    header: "Tenure",
    value: (a) =>
      a.tenure === null
        ? "No tenure"
        : `${activeOrEnded(a.tenure.isActive)} ${a.tenure.type}, payment reference ${a.tenure.paymentReference}`,
  },
  // As on the card: the residents of a tenure still running only.
  {
    header: "Residents",
    value: (a) => (a.tenure?.isActive ? namesOrNone(a.tenure.residents.map((r) => r.fullName)) : null),
  },
  { header: "Part of", value: (a) => a.parentAssets.map((parent) => parent.name).join(", ") },
  { header: "Cautionary alert", value: (a) => yesNo(a.isAssetCautionaryAlerted) },
];

const members = (tenure: TTenureSearchDocument, isResponsible: boolean) =>
  tenure.householdMembers.filter((member) => member.isResponsible === isResponsible).map((member) => member.fullName);

export const tenureScreenColumns: readonly CsvColumn<TTenureSearchDocument>[] = [
  { header: "Address", value: (t) => t.tenuredAsset.fullAddress },
  { header: "Status", value: (t) => activeOrEnded(t.isActive) },
  { header: "Payment reference", value: (t) => t.paymentReference },
  { header: "Tenure type", value: (t) => t.tenureType.description },
  { header: "Tenure holders", value: (t) => namesOrNone(members(t, true)) },
  { header: "Other household members", value: (t) => members(t, false).join(", ") || null },
  { header: "Start date", value: (t) => screenDate(t.startOfTenureDate) },
  { header: "End date", value: (t) => (t.endOfTenureDate === null ? null : screenDate(t.endOfTenureDate)) },
];

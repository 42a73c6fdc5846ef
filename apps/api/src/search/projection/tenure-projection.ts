import type { TTenureSearchDocument } from "@housing/schemas/search";
import { fullAddress } from "../../kernel/asset-address.ts";
import { hasCurrentAlert } from "./alert-dates.ts";
import { tenureIsActive } from "../../kernel/tenure-activity.ts";
import { personFullName } from "../../kernel/person-name.ts";
import { addressSortKey } from "../../kernel/address-sort-key.ts";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import type { TenureForSearch } from "./search-sources.repository.ts";
import { fieldWeight, TermCollector } from "./search-terms.ts";

export function projectTenure(tenure: TenureForSearch, today: string): SearchDocumentRecord {
  const endOfTenureDate = tenure.endOfTenureDate;
  const address = fullAddress(tenure.asset);
  const document: TTenureSearchDocument = {
    id: tenure.id,
    paymentReference: tenure.paymentReference,
    householdMembers: tenure.householdMembers.map((member) => ({
      id: member.person.id,
      fullName: personFullName(member.person),
      isResponsible: member.isResponsible,
      personTenureType: member.personTenureType,
    })),
    tenuredAsset: {
      id: tenure.asset.id,
      fullAddress: address,
      uprn: tenure.asset.uprn,
      type: tenure.asset.assetType,
      propertyReference: tenure.asset.propertyReference,
    },
    tenureType: { code: tenure.tenureType.code, description: tenure.tenureType.description },
    startOfTenureDate: tenure.startOfTenureDate,
    endOfTenureDate,
    isActive: tenureIsActive(endOfTenureDate, today),
    isTenureCautionaryAlerted: hasCurrentAlert(tenure.cautionaryAlerts, today),
  };
  const terms = new TermCollector()
    .addWhole(tenure.paymentReference, fieldWeight.identifier)
    .addWhole(tenure.asset.uprn, fieldWeight.identifier)
    .addWhole(tenure.asset.propertyReference, fieldWeight.identifier)
    .add(address, fieldWeight.address)
    .add(tenure.tenureType.description, fieldWeight.other);
  for (const member of tenure.householdMembers) {
    terms.add(member.person.firstName, fieldWeight.name).add(member.person.surname, fieldWeight.name);
  }
  return {
    id: tenure.id,
    document,
    terms: terms.list(),
    // Tenures list like their homes: Flat 2 before Flat 10.
    ...addressSortKey(tenure.asset),
    sortDate: document.startOfTenureDate,
    sortAmount: null,
    types: [tenure.tenureType.code],
    isActive: document.isActive,
  };
}

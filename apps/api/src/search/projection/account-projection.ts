import type { TAccountSearchDocument, TAccountSearchInput } from "@housing/schemas/search";
import { fullAddress } from "../../kernel/asset-address.ts";
import { personFullName } from "../../kernel/person-name.ts";
import { tenureIsActive } from "../../kernel/tenure-activity.ts";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import { addressSortKey } from "../../kernel/address-sort-key.ts";
import type { AccountForSearch } from "./search-sources.repository.ts";
import { fieldWeight, TermCollector } from "./search-terms.ts";

/** Each field an account is looked up by has a weight of its own, so a search can keep to one field. */
export const accountLookUpWeights = {
  PaymentReference: fieldWeight.identifier,
  TenantName: fieldWeight.name,
  Address: fieldWeight.address,
} as const satisfies Record<TAccountSearchInput["lookUpType"], number>;

/** One rent account as finance staff look it up: its balance as stored, its tenure, property and tenants. */
export function projectAccount(account: AccountForSearch, today: string): SearchDocumentRecord {
  const { tenure } = account;
  const endDate = tenure.endOfTenureDate;
  const address = fullAddress(tenure.asset);
  const balance = Number(account.balance);
  const document: TAccountSearchDocument = {
    id: account.id,
    rentAccountNumber: account.rentAccountNumber,
    paymentReference: tenure.paymentReference,
    accountStatus: account.status,
    balance,
    totalBalance: balance,
    tenure: {
      id: tenure.id,
      type: tenure.tenureType.description,
      tenureTypeCode: tenure.tenureType.code,
      startDate: tenure.startOfTenureDate,
      endDate,
      isActive: tenureIsActive(endDate, today),
    },
    asset: { id: tenure.asset.id, assetId: tenure.asset.propertyReference, assetType: tenure.asset.assetType },
    address,
    postCode: tenure.asset.postCode,
    tenants: tenure.householdMembers.map((member) => ({
      id: member.person.id,
      fullName: personFullName(member.person),
      isResponsible: member.isResponsible,
    })),
  };
  // A word in two fields (a tenant named after their street) stays findable by either.
  const terms = new TermCollector({ everyWeight: true })
    .addWhole(account.rentAccountNumber, accountLookUpWeights.PaymentReference)
    .addWhole(tenure.paymentReference, accountLookUpWeights.PaymentReference)
    .add(address, accountLookUpWeights.Address);
  for (const member of tenure.householdMembers) {
    terms
      .add(member.person.firstName, accountLookUpWeights.TenantName)
      .add(member.person.surname, accountLookUpWeights.TenantName);
  }
  return {
    id: account.id,
    document,
    terms: terms.list(),
    ...addressSortKey(tenure.asset),
    sortDate: null,
    sortAmount: balance,
    types: [account.status],
    isActive: document.tenure.isActive,
  };
}

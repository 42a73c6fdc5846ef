import type { TAssetSearchDocument } from "@housing/schemas/search";
import { assetAddressOf, fullAddress } from "../../kernel/asset-address.ts";
import { hasCurrentAlert } from "./alert-dates.ts";
import { tenureIsActive } from "../../kernel/tenure-activity.ts";
import { personFullName } from "../../kernel/person-name.ts";
import type { SearchDocumentRecord } from "../search-engine.port.ts";
import { addressSortKey } from "../../kernel/address-sort-key.ts";
import type { AssetForSearch } from "./search-sources.repository.ts";
import { fieldWeight, TermCollector } from "./search-terms.ts";

type Named = { id: string; assetType: TAssetSearchDocument["assetType"]; name: string | null; addressLine1: string };

const nameOf = (asset: Named) => asset.name ?? asset.addressLine1;

export function projectAsset(asset: AssetForSearch, today: string): SearchDocumentRecord {
  const parents: Named[] = [asset.parent?.parent, asset.parent].filter((p): p is NonNullable<typeof p> => Boolean(p));
  const current = asset.tenures.find((t) => tenureIsActive(t.endOfTenureDate, today)) ?? null;
  const address = fullAddress(asset);
  const document: TAssetSearchDocument = {
    id: asset.id,
    assetId: asset.propertyReference,
    assetType: asset.assetType,
    name: asset.name,
    assetAddress: assetAddressOf(asset),
    fullAddress: address,
    isAssetCautionaryAlerted: hasCurrentAlert(asset.cautionaryAlerts, today),
    parentAssets: parents.map((p) => ({ id: p.id, assetType: p.assetType, name: nameOf(p) })),
    childrenCount: asset._count.children,
    tenure: current
      ? {
          id: current.id,
          paymentReference: current.paymentReference,
          startDate: current.startOfTenureDate,
          endDate: current.endOfTenureDate,
          type: current.tenureType.description,
          isActive: true,
          residents: current.householdMembers.map((m) => ({
            id: m.person.id,
            fullName: personFullName(m.person),
            isCautionaryAlerted: hasCurrentAlert(m.person.cautionaryAlerts, today),
          })),
        }
      : null,
  };
  const terms = new TermCollector()
    .addWhole(asset.uprn, fieldWeight.identifier)
    .addWhole(asset.propertyReference, fieldWeight.identifier)
    .add(address, fieldWeight.address)
    .add(asset.name, fieldWeight.name)
    .add(asset.assetType, fieldWeight.other);
  for (const parent of parents) terms.add(nameOf(parent), fieldWeight.other);
  for (const resident of current?.householdMembers ?? []) {
    terms.add(resident.person.firstName, fieldWeight.other).add(resident.person.surname, fieldWeight.other);
  }
  return {
    id: asset.id,
    document,
    terms: terms.list(),
    ...addressSortKey(asset),
    sortDate: null,
    sortAmount: null,
    types: [asset.assetType],
    isActive: current !== null,
  };
}

import type { DbClient } from "@housing/db/client";
import { ZAssetType, type TPropertyAccount } from "@housing/schemas/search";
import { assetAddressOf, fullAddress } from "../kernel/asset-address.ts";
import { personFullName } from "../kernel/person-name.ts";
import { inAddressOrder } from "../kernel/address-sort-key.ts";
import { type PropertyTotalsRow, findPropertyTotals } from "./property-totals.repository.ts";

function toPropertyAccount(row: PropertyTotalsRow, children: TPropertyAccount[]): TPropertyAccount {
  return {
    id: row.id,
    assetId: row.propertyReference,
    assetType: ZAssetType.parse(row.assetType),
    name: row.name,
    fullAddress: fullAddress(row),
    assetAddress: assetAddressOf(row),
    totalBalance: Number(row.totalBalance),
    totalDwellingRent: Number(row.totalDwellingRent),
    totalNonDwellingRent: Number(row.totalNonDwellingRent),
    totalServiceCharges: Number(row.totalServiceCharges),
    totalRentalServiceCharges: Number(row.totalRentalServiceCharges),
    account:
      row.accountId && row.rentAccountNumber
        ? {
            id: row.accountId,
            rentAccountNumber: row.rentAccountNumber,
            balance: Number(row.accountBalance),
            tenants: row.tenants.map((person) => ({ id: person.id, fullName: personFullName(person) })),
          }
        : null,
    children,
  };
}

/**
 * The properties named, in the order given, each with everything under it (an estate's blocks and
 * their homes, a block's homes) in address order and the totals PostgreSQL worked out for it: a
 * home's from its current tenure's account, an estate's or a block's the sums of everything under it.
 */
export async function propertyAccountTrees(
  deps: { db: DbClient },
  assetIds: readonly string[],
  today: string,
): Promise<TPropertyAccount[]> {
  const rows = await findPropertyTotals(deps.db, assetIds, today);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const childrenOf = new Map<string, PropertyTotalsRow[]>();
  for (const row of rows) {
    if (row.parentId) childrenOf.set(row.parentId, [...(childrenOf.get(row.parentId) ?? []), row]);
  }
  // `above` guards against a hierarchy that loops back on itself, which the SQL also refuses to follow.
  const tree = (row: PropertyTotalsRow, above: ReadonlySet<string>): TPropertyAccount => {
    const path = new Set([...above, row.id]);
    const children = inAddressOrder(childrenOf.get(row.id) ?? []).filter((child) => !path.has(child.id));
    return toPropertyAccount(
      row,
      children.map((child) => tree(child, path)),
    );
  };
  return assetIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [tree(row, new Set())] : [];
  });
}

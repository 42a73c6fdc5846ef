import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import { ZAssetType, type TPropertyAccount, type TPropertyAccountSearchInput } from "@housing/schemas/search";
import { assetAddressOf, fullAddress } from "../kernel/asset-address.ts";
import { personFullName } from "../kernel/person-name.ts";
import { inAddressOrder } from "../kernel/address-sort-key.ts";
import { searchAssets } from "../search/run-search.ts";
import type { SearchContext } from "../search/search-context.ts";
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

/**
 * Properties found by the assets search (an estate, a block, a home), each expanded down the
 * hierarchy with its rent account totals: what finance staff see when they search by address or estate.
 */
export async function searchPropertyAccounts(ctx: SearchContext, input: TPropertyAccountSearchInput) {
  const found = await searchAssets(ctx, { ...input, sortBy: "relevance", isDesc: false });
  const assetIds = found.results.assets.map((asset) => asset.id);
  const assets = await propertyAccountTrees(ctx, assetIds, todayIsoDate(ctx.clock.now()));
  return { results: { assets }, total: found.total };
}

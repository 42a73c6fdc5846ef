import type { TPropertyAccount } from "@housing/schemas/search";
import { chargeLabels } from "./money.ts";

type TTotalKey =
  "totalBalance" | "totalDwellingRent" | "totalNonDwellingRent" | "totalServiceCharges" | "totalRentalServiceCharges";

/** The totals shown for every estate, block and home, in the order finance staff read them. */
export const totalColumns: readonly { key: TTotalKey; label: string; isBalance: boolean }[] = [
  { key: "totalBalance", label: "Total balance", isBalance: true },
  { key: "totalDwellingRent", label: chargeLabels.dwellingRent, isBalance: false },
  { key: "totalNonDwellingRent", label: chargeLabels.nonDwellingRent, isBalance: false },
  { key: "totalServiceCharges", label: chargeLabels.serviceCharges, isBalance: false },
  { key: "totalRentalServiceCharges", label: chargeLabels.rentalServiceCharges, isBalance: false },
];

export type TPropertyRow = {
  asset: TPropertyAccount;
  /** 0 for a result, 1 for its children, 2 for theirs. */
  level: number;
  isExpanded: boolean;
};

/**
 * The rows of the totals table: each property found, and under each opened one its children, in
 * the order the API sends them (an estate's blocks, a block's homes).
 */
export function visibleRows(
  assets: readonly TPropertyAccount[],
  expanded: ReadonlySet<string>,
  level = 0,
): TPropertyRow[] {
  return assets.flatMap((asset) => {
    const isExpanded = expanded.has(asset.id) && asset.children.length > 0;
    const row = { asset, level, isExpanded };
    return isExpanded ? [row, ...visibleRows(asset.children, expanded, level + 1)] : [row];
  });
}

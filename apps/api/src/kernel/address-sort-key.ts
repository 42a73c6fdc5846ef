import { compareSortText, foldedSortText } from "./sort-text.ts";

type AddressLines = { postPreamble: string | null; addressLine1: string; addressLine2: string | null };

/**
 * Natural address order: street, then house number as a number, then flat number, so that
 * "2 Mare Street" comes before "10 Mare Street" and Flat 9 before Flat 10. The text is folded
 * (`foldedSortText`) so every engine and SQL order it alike.
 */
export function addressSortKey(address: AddressLines): {
  sortText: string;
  sortNumber: number | null;
  sortSubNumber: number | null;
} {
  const flatInBuilding = address.addressLine1.match(/^(?:flat|apartment|unit)\s+(\d+)\w*,?\s+(.*)$/i);
  if (flatInBuilding) {
    const building = flatInBuilding[2] ?? "";
    return {
      sortText: foldedSortText(`${address.addressLine2 ?? ""} ${building}`),
      sortNumber: leadingNumber(building),
      sortSubNumber: Number(flatInBuilding[1]),
    };
  }
  const numbered = address.addressLine1.match(/^(\d+)\w*\s+(.*)$/);
  if (numbered) {
    return {
      sortText: foldedSortText(numbered[2] ?? ""),
      sortNumber: Number(numbered[1]),
      sortSubNumber: leadingNumber(address.postPreamble),
    };
  }
  return {
    sortText: foldedSortText(`${address.addressLine2 ?? ""} ${address.addressLine1}`),
    sortNumber: null,
    sortSubNumber: leadingNumber(address.postPreamble),
  };
}

/** Items in natural address order (see addressSortKey). */
export function inAddressOrder<T extends AddressLines>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: addressSortKey(item) }))
    .sort(
      (a, b) =>
        compareSortText(a.key.sortText, b.key.sortText) ||
        (a.key.sortNumber ?? -1) - (b.key.sortNumber ?? -1) ||
        (a.key.sortSubNumber ?? -1) - (b.key.sortSubNumber ?? -1),
    )
    .map(({ item }) => item);
}

/** House and flat numbers sort as numbers: the first number in an address line, if any. */
export function leadingNumber(text: string | null | undefined): number | null {
  const match = text?.match(/\d+/);
  return match ? Number(match[0]) : null;
}

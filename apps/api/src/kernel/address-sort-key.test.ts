import { describe, expect, it } from "vitest";
import { addressSortKey, inAddressOrder } from "./address-sort-key.ts";

const key = (addressLine1: string, addressLine2: string | null = null, postPreamble: string | null = null) =>
  addressSortKey({ addressLine1, addressLine2, postPreamble });

describe("natural address order", () => {
  it("sorts houses by street, then house number as a number", () => {
    const keys = [key("10 Mare Street"), key("2 Mare Street"), key("1 Amhurst Road")].sort(
      (a, b) => a.sortText.localeCompare(b.sortText) || (a.sortNumber ?? 0) - (b.sortNumber ?? 0),
    );
    expect(keys.map((k) => `${k.sortNumber} ${k.sortText}`)).toEqual([
      "1 amhurst road",
      "2 mare street",
      "10 mare street",
    ]);
  });

  it("sorts flats by the street their block is on, the block, then the flat number", () => {
    expect(key("Flat 12, Newcome House", "Powell Road")).toEqual({
      sortText: "powell road newcome house",
      sortNumber: null,
      sortSubNumber: 12,
    });
  });

  it("puts whole rows in that order, keeping everything else about them", () => {
    const row = (id: string, addressLine1: string) => ({ id, addressLine1, addressLine2: null, postPreamble: null });
    const ordered = inAddressOrder([row("c", "Flat 10, Newcome House"), row("a", "Flat 9, Newcome House")]);
    expect(ordered.map((r) => r.id)).toEqual(["a", "c"]);
  });
});

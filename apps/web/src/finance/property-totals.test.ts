import type { TPropertyAccount } from "@housing/schemas/search";
import { describe, expect, it } from "vitest";
import { visibleRows } from "./property-totals.ts";

function property(id: string, children: TPropertyAccount[] = []): TPropertyAccount {
  return {
    id,
    assetId: id,
    assetType: children.length > 0 ? "Block" : "Dwelling",
    name: null,
    fullAddress: id,
    assetAddress: {
      addressLine1: id,
      addressLine2: null,
      addressLine3: null,
      addressLine4: null,
      postCode: "N16 5AB",
      postPreamble: null,
      uprn: null,
    },
    totalBalance: 0,
    totalDwellingRent: 0,
    totalNonDwellingRent: 0,
    totalServiceCharges: 0,
    totalRentalServiceCharges: 0,
    account: null,
    children,
  };
}

describe("the rows of the totals table", () => {
  const estate = property("estate", [
    property("block-a", [property("flat-1"), property("flat-2")]),
    property("block-b", [property("flat-3")]),
  ]);

  it("shows only what was found until a property is opened", () => {
    expect(visibleRows([estate], new Set()).map((row) => [row.asset.id, row.level, row.isExpanded])).toEqual([
      ["estate", 0, false],
    ]);
  });

  it("shows an opened property's children under it, a level in, and their children when they are opened too", () => {
    const rows = visibleRows([estate], new Set(["estate", "block-b"]));
    expect(rows.map((row) => [row.asset.id, row.level, row.isExpanded])).toEqual([
      ["estate", 0, true],
      ["block-a", 1, false],
      ["block-b", 1, true],
      ["flat-3", 2, false],
    ]);
  });

  it("a home has nothing to open", () => {
    expect(visibleRows([property("flat-9")], new Set(["flat-9"]))[0]?.isExpanded).toBe(false);
  });
});

import type { TAsset } from "@housing/schemas/tenure";
import { describe, expect, it } from "vitest";
import { changesFromValues, displayValue, problemsFrom, rebaseValues, valuesFromAsset } from "./property-form.ts";

const asset = (overrides: Partial<TAsset> = {}): TAsset => ({
  id: "4b7c1c7e-0000-4000-8000-000000000001",
  assetId: "QF1",
  assetType: "Dwelling",
  name: null,
  uprn: "100011112222",
  assetAddress: {
    postPreamble: null,
    addressLine1: "Flat 2, Rowan House",
    addressLine2: "Elm Lane",
    addressLine3: null,
    addressLine4: null,
    postCode: "E9 6AB",
  },
  fullAddress: "Flat 2, Rowan House, Elm Lane, E9 6AB",
  characteristics: { bedrooms: 2, livingRooms: 1, floorNumber: 0, totalBlockFloors: null, yearConstructed: null },
  management: { isVoid: false, isLettable: true, isNewBuild: false, isRightToBuy: true, rentGroup: "HRA" },
  isAssetCautionaryAlerted: false,
  ancestors: [],
  childrenCount: 0,
  currentTenure: null,
  version: 3,
  ...overrides,
});

describe("the edit property form", () => {
  it("sends only what changed: emptied boxes as null, flags as booleans", () => {
    const loaded = asset();
    const values = { ...valuesFromAsset(loaded), addressLine2: "  ", postCode: "e9 7zz", rentGroup: "" };
    values.flags = ["isVoid", "isLettable"];
    expect(changesFromValues(loaded, values)).toEqual({
      addressLine2: null,
      postCode: "e9 7zz",
      rentGroup: null,
      isVoid: true,
      isRightToBuy: false,
    });
    expect(changesFromValues(loaded, valuesFromAsset(loaded))).toEqual({});
  });

  it("sends an emptied first line as text, so the schema asks for it", () => {
    const loaded = asset();
    expect(changesFromValues(loaded, { ...valuesFromAsset(loaded), addressLine1: "" })).toEqual({ addressLine1: "" });
  });

  it("puts the API's errors on their boxes, in page order, a flag's on the flags", () => {
    expect(
      problemsFrom([
        { path: "data.isVoid", message: "Choose yes or no" },
        { path: "uprn", message: "A UPRN is up to 12 digits" },
        { path: "postCode", message: "Enter a real UK postcode, like E8 1DY" },
        { path: "data.parentId", message: "Elsewhere" },
      ]),
    ).toEqual([
      { field: "postCode", targetId: "postCode", message: "Enter a real UK postcode, like E8 1DY" },
      { field: "uprn", targetId: "uprn", message: "A UPRN is up to 12 digits" },
      { field: "flags", targetId: "flags", message: "Choose yes or no" },
      { field: undefined, targetId: undefined, message: "Elsewhere" },
    ]);
  });

  it("carries the officer's changes onto the latest version after a conflict", () => {
    const loaded = asset();
    const latest = asset({ uprn: "100099998888", version: 4 });
    const values = { ...valuesFromAsset(loaded), addressLine1: "Flat 2A, Rowan House" };
    expect(rebaseValues(loaded, latest, values)).toMatchObject({
      addressLine1: "Flat 2A, Rowan House",
      uprn: "100099998888",
    });
    expect(displayValue(values, "flags")).toBe("Lettable, Right to buy");
    expect(displayValue(values, "addressLine3")).toBe("Blank");
  });
});

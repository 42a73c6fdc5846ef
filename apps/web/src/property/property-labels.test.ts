import { describe, expect, it } from "vitest";
import {
  characteristicRows,
  childrenCountLabel,
  childrenHeading,
  floorLabel,
  isGroupOfHomes,
  managementTags,
  propertyTitle,
} from "./property-labels.ts";

describe("what a property is called", () => {
  it("estates and blocks go by their name", () => {
    expect(propertyTitle({ assetType: "Estate", name: "Pembury Estate", fullAddress: "Pembury Estate, London" })).toBe(
      "Pembury Estate",
    );
    expect(propertyTitle({ assetType: "Block", name: "Falkland House", fullAddress: "Falkland House, E9" })).toBe(
      "Falkland House",
    );
  });

  it("dwellings go by their address, and a block without a name does too", () => {
    expect(propertyTitle({ assetType: "Dwelling", name: "Flat", fullAddress: "Flat 1, Falkland House, E9" })).toBe(
      "Flat 1, Falkland House, E9",
    );
    expect(propertyTitle({ assetType: "Block", name: null, fullAddress: "1-20 Mare Street, E8" })).toBe(
      "1-20 Mare Street, E8",
    );
  });
});

describe("characteristics", () => {
  it("only the recorded ones are listed, with the ground floor in words", () => {
    expect(
      characteristicRows({
        bedrooms: 2,
        livingRooms: null,
        floorNumber: 0,
        totalBlockFloors: 16,
        yearConstructed: null,
      }),
    ).toEqual([
      { label: "Bedrooms", value: "2" },
      { label: "Floor", value: "Ground floor" },
      { label: "Floors in block", value: "16" },
    ]);
  });

  it("nothing recorded lists nothing", () => {
    expect(
      characteristicRows({
        bedrooms: null,
        livingRooms: null,
        floorNumber: null,
        totalBlockFloors: null,
        yearConstructed: null,
      }),
    ).toEqual([]);
  });

  it("a studio's zero bedrooms is recorded, not missing", () => {
    expect(
      characteristicRows({
        bedrooms: 0,
        livingRooms: 1,
        floorNumber: 3,
        totalBlockFloors: null,
        yearConstructed: 1978,
      }),
    ).toEqual([
      { label: "Bedrooms", value: "0" },
      { label: "Living rooms", value: "1" },
      { label: "Floor", value: "Floor 3" },
      { label: "Year built", value: "1978" },
    ]);
  });

  it("floors below ground are basement levels", () => {
    expect(floorLabel(-1)).toBe("Basement level 1");
  });
});

describe("management flags", () => {
  it("only the flags that are set become tags, the rent group last", () => {
    expect(
      managementTags({ isVoid: true, isLettable: true, isNewBuild: false, isRightToBuy: true, rentGroup: "HRA" }).map(
        (tag) => tag.label,
      ),
    ).toEqual(["Void", "Lettable", "Right to buy", "Rent group HRA"]);
  });

  it("no flags and no rent group, no tags", () => {
    expect(
      managementTags({ isVoid: false, isLettable: false, isNewBuild: false, isRightToBuy: false, rentGroup: null }),
    ).toEqual([]);
  });
});

describe("a property's children", () => {
  it("an estate's are its blocks, a block's are its properties", () => {
    expect(childrenHeading({ assetType: "Estate" }, ["Block", "Block"])).toBe("Blocks");
    expect(childrenHeading({ assetType: "Estate" }, ["Block", "House"])).toBe("Blocks and properties on this estate");
    expect(childrenHeading({ assetType: "Block" }, ["Dwelling"])).toBe("Properties in this block");
    expect(childrenHeading({ assetType: "House" }, ["Garage"])).toBe("Properties in this house");
  });

  it("each child's own children are counted in words", () => {
    expect(childrenCountLabel("Block", 56)).toBe("56 properties");
    expect(childrenCountLabel("Block", 1)).toBe("1 property");
    expect(childrenCountLabel("Estate", 3)).toBe("3 blocks");
    expect(childrenCountLabel("Dwelling", 0)).toBe("None");
  });
});

describe("groups of homes", () => {
  it("estates and blocks group homes; dwellings, houses and garages do not", () => {
    expect(isGroupOfHomes({ assetType: "Estate" })).toBe(true);
    expect(isGroupOfHomes({ assetType: "Block" })).toBe(true);
    expect(isGroupOfHomes({ assetType: "Dwelling" })).toBe(false);
    expect(isGroupOfHomes({ assetType: "House" })).toBe(false);
    expect(isGroupOfHomes({ assetType: "Garage" })).toBe(false);
  });
});

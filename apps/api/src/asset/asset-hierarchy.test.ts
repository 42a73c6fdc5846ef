import { describe, expect, it } from "vitest";
import { misplacement, parentFits } from "./asset-hierarchy.ts";

describe("the estate → block → dwelling rule", () => {
  it.each([
    ["Block", "Estate", true],
    ["Dwelling", "Block", true],
    ["Dwelling", "Estate", true],
    ["Garage", "Block", true],
    ["Estate", "Estate", false],
    ["Block", "Block", false],
    ["Dwelling", "Dwelling", false],
    ["Garage", "House", false],
  ] as const)("a %s in a %s fits: %s", (child, parent, fits) => {
    expect(parentFits(child, parent)).toBe(fits);
  });

  it("says why an asset does not fit, with the right article", () => {
    expect(misplacement("Dwelling", "Block")).toBeUndefined();
    expect(misplacement("Estate", "Block")).toBe("An estate cannot sit in another asset");
    expect(misplacement("Block", "Estate")).toBeUndefined();
    expect(misplacement("Block", "Dwelling")).toMatch(/^A Block cannot sit in a Dwelling: /);
    expect(misplacement("LettableNonDwelling", "Estate")).toBeUndefined();
    expect(misplacement("Garage", "Estate")).toBeUndefined();
  });
});

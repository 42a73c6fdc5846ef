import { assetTypeLabels } from "@housing/schemas/labels";
import type { TAsset } from "@housing/schemas/tenure";

type TAssetType = TAsset["assetType"];

export { assetTypeLabels };

/** Estates and blocks hold homes rather than being let themselves, and go by their names. */
export function isGroupOfHomes(asset: Pick<TAsset, "assetType">): boolean {
  return asset.assetType === "Estate" || asset.assetType === "Block";
}

/** What a property is called: estates and blocks by their name, everything else by its address. */
export function propertyTitle(asset: Pick<TAsset, "assetType" | "name" | "fullAddress">): string {
  if (isGroupOfHomes(asset) && asset.name !== null && asset.name.trim() !== "") return asset.name;
  return asset.fullAddress;
}

/** "Ground floor", "Floor 3", "Basement level 1": how a floor number is said. */
export function floorLabel(floorNumber: number): string {
  if (floorNumber === 0) return "Ground floor";
  if (floorNumber < 0) return `Basement level ${-floorNumber}`;
  return `Floor ${floorNumber}`;
}

/** The characteristics the council recorded, labelled, skipping those it did not. */
export function characteristicRows(characteristics: TAsset["characteristics"]): { label: string; value: string }[] {
  const { bedrooms, livingRooms, floorNumber, totalBlockFloors, yearConstructed } = characteristics;
  const rows: { label: string; value: string | undefined }[] = [
    { label: "Bedrooms", value: bedrooms?.toString() },
    { label: "Living rooms", value: livingRooms?.toString() },
    { label: "Floor", value: floorNumber === null ? undefined : floorLabel(floorNumber) },
    { label: "Floors in block", value: totalBlockFloors?.toString() },
    { label: "Year built", value: yearConstructed?.toString() },
  ];
  return rows.filter((row): row is { label: string; value: string } => row.value !== undefined);
}

export type TManagementTag = { label: string; colour: "grey" | "green" | "blue" | "purple" | "orange" };

/** The management flags that are set, as tags; the rent group last. */
export function managementTags(management: TAsset["management"]): TManagementTag[] {
  const tags: (TManagementTag | false)[] = [
    management.isVoid && { label: "Void", colour: "orange" },
    management.isLettable && { label: "Lettable", colour: "green" },
    management.isNewBuild && { label: "New build", colour: "blue" },
    management.isRightToBuy && { label: "Right to buy", colour: "purple" },
    management.rentGroup !== null &&
      management.rentGroup !== "" && {
        label: `Rent group ${management.rentGroup}`,
        colour: "grey",
      },
  ];
  return tags.filter((tag): tag is TManagementTag => tag !== false);
}

/** The heading over a property's children: an estate's blocks, a block's dwellings. */
export function childrenHeading(asset: Pick<TAsset, "assetType">, childTypes: readonly TAssetType[]): string {
  if (asset.assetType === "Block") return "Properties in this block";
  if (asset.assetType === "Estate") {
    return childTypes.every((type) => type === "Block") ? "Blocks" : "Blocks and properties on this estate";
  }
  return `Properties in this ${assetTypeLabels[asset.assetType].toLowerCase()}`;
}

/** "56 properties", "1 block", "None": how many children a child has, in the words for its type. */
export function childrenCountLabel(assetType: TAssetType, count: number): string {
  if (count === 0) return "None";
  const [one, many] = assetType === "Estate" ? ["block", "blocks"] : ["property", "properties"];
  return `${count} ${count === 1 ? one : many}`;
}

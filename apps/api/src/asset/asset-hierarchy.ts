import type { TAsset } from "@housing/schemas/tenure";
import type { DbClient } from "@housing/db/client";
import { invalidField } from "../kernel/app-error.ts";
import { findChildAssetTypes, lockAssetType } from "./asset.repository.ts";

type TAssetType = TAsset["assetType"];

/** "a Block", "an Estate"; capitalised to open a sentence. */
const aOrAn = (type: TAssetType, capital = false) => {
  const article = /^[AEIOU]/.test(type) ? "an" : "a";
  return `${capital ? article.replace(/^a/, "A") : article} ${type}`;
};

/**
 * The estate → block → dwelling rule, as prisma/database-rules.sql holds it (asset_parent_fits): an
 * estate sits in nothing, a block in an estate, anything else in an estate or a block.
 */
export function parentFits(child: TAssetType, parent: TAssetType): boolean {
  if (child === "Estate") return false;
  if (child === "Block") return parent === "Estate";
  return parent === "Estate" || parent === "Block";
}

/** Why an asset of this type cannot sit in that parent, or undefined when it can. */
export function misplacement(child: TAssetType, parent: TAssetType): string | undefined {
  if (parentFits(child, parent)) return undefined;
  if (child === "Estate") return "An estate cannot sit in another asset";
  return `${aOrAn(child, true)} cannot sit in ${aOrAn(parent)}: a block sits in an estate, a home in an estate or a block`;
}

/**
 * Checks, in the write's transaction, that the asset fits where it is placed and that what it holds
 * still fits it. The parent's row is share-locked (its type cannot change until this commits); the
 * asset's own is locked for update when its type changes, so a child being placed in it meanwhile is
 * waited for and counted (or waits, and then sees the new type).
 */
export async function checkPlacement(
  tx: DbClient,
  asset: { id?: string; assetType: TAssetType; parentId: string | null; typeChanged: boolean },
  parentField: string,
  typeField: string,
): Promise<void> {
  if (asset.parentId !== null) {
    const parentType = await lockAssetType(tx, asset.parentId, "share");
    if (parentType === null) throw invalidField(parentField, "No asset has this id");
    const problem = misplacement(asset.assetType, parentType);
    if (problem) throw invalidField(parentField, problem);
  }
  if (asset.id === undefined || !asset.typeChanged) return;
  await lockAssetType(tx, asset.id, "update");
  const misfit = (await findChildAssetTypes(tx, asset.id)).find((type) => !parentFits(type, asset.assetType));
  if (misfit)
    throw invalidField(typeField, `${aOrAn(asset.assetType, true)} cannot hold the ${misfit} assets it holds`);
}

import type { TAsset, TAssetChanges, TCreateAssetInput } from "@housing/schemas/tenure";
import { type DomainContext, createThenRead } from "../common/domain-context.ts";
import { foundAtVersion } from "../kernel/version-conflict.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { conflictingField, invalidField } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation, updateAndRecordChange } from "../outbox/record-change.ts";
import { checkPlacement } from "./asset-hierarchy.ts";
import { assetWithPropertyReferenceExists, assetUpdate, findAssetById, insertAsset } from "./asset.repository.ts";
import { getAsset } from "./get-asset.ts";

/** An asset as the property register sends it; its parent, if any, must exist. Answers the id only. */
export async function writeAsset(ctx: DomainContext, input: TCreateAssetInput): Promise<string> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const placement = { assetType: input.assetType, parentId: input.parentId ?? null, typeChanged: false };
    await checkPlacement(tx, placement, "parentId", "assetType");
    if (await assetWithPropertyReferenceExists(tx, input.propertyReference)) {
      const message = `Another asset already has the property reference ${input.propertyReference}`;
      throw conflictingField("propertyReference", message);
    }
    const created = await insertAsset(tx, { ...input, ...createdStamp(by, at) });
    await recordCreation(tx, stamp, {
      eventType: "AssetCreatedEvent",
      entityId: created.id,
      newData: { ...input, id: created.id },
    });
    return created.id;
  });
}

/** Creates an asset (see writeAsset) and answers it as the API shows it. */
export const createAsset = createThenRead(writeAsset, getAsset);

export async function updateAsset(
  ctx: DomainContext,
  input: { id: string; version: number; data: TAssetChanges },
): Promise<TAsset> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const current = foundAtVersion("asset", input.id, await findAssetById(tx, input.id), input.version);
    if (input.data.parentId === input.id) throw invalidField("data.parentId", "An asset cannot be its own parent");
    const { parentId, assetType } = input.data;
    if ((parentId !== undefined && parentId !== current.parentId) || (assetType && assetType !== current.assetType)) {
      const placement = {
        id: input.id,
        assetType: assetType ?? current.assetType,
        parentId: parentId === undefined ? current.parentId : parentId,
        typeChanged: assetType !== undefined && assetType !== current.assetType,
      };
      await checkPlacement(tx, placement, "data.parentId", "data.assetType");
    }
    const before = current as unknown as Record<string, unknown>;
    const changed = Object.entries(input.data).filter(([field, value]) => (value ?? null) !== (before[field] ?? null));
    if (changed.length === 0) return;
    const changes = Object.fromEntries(changed);
    await updateAndRecordChange(tx, stamp, assetUpdate(tx, input.id, input.version, changes, stamp), {
      eventType: "AssetUpdatedEvent",
      entityId: input.id,
      oldData: Object.fromEntries(changed.map(([field]) => [field, before[field] ?? null])),
      newData: changes,
    });
  });
  return getAsset(ctx, input.id);
}

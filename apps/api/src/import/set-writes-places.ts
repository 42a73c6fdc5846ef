import { misplacement } from "../asset/asset-hierarchy.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import {
  insertRows,
  lockAssetTypes,
  type TenureDates,
  tenureDatesOnAssets,
  tenureTypeKinds,
} from "./import-sets.repository.ts";
import { addEvent, refersUp, type SetRow, type SetRun } from "./set-run.ts";

type AssetType = SetRow<"asset">["input"]["assetType"];

/**
 * Assets as writeAsset writes them, when every one would be accepted: a parent above it in the
 * file or in the database that it fits in. A taken id or property reference is refused by the
 * table's unique keys as the rows go in, which undoes the set.
 */
export async function writeAssetsInSets(run: SetRun, rows: readonly SetRow<"asset">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const typeInRun = new Map<string, AssetType>(rows.map((row) => [row.id, row.input.assetType]));
  const parentIds = rows.flatMap((row) => (row.input.parentId ? [row.input.parentId] : []));
  const typeInDatabase = await lockAssetTypes(
    tx,
    parentIds.filter((id) => !typeInRun.has(id)),
  );
  const placed = rows.every(({ line, input }) => {
    if (!input.parentId) return true;
    if (!refersUp(run, "asset", input.parentId, line)) return false;
    const parentType = typeInRun.get(input.parentId) ?? typeInDatabase.get(input.parentId);
    return parentType !== undefined && misplacement(input.assetType, parentType as AssetType) === undefined;
  });
  if (!placed) return false;
  await insertRows(
    tx,
    "Asset",
    rows.map(({ id, at, input }) => ({ ...input, id, ...createdStamp(run.by, at) })),
  );
  for (const row of rows) {
    addEvent(run, row, {
      eventType: "AssetCreatedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: { ...row.input, id: row.id },
    });
  }
  return true;
}

/**
 * Tenures as writeTenure writes them (without a first household), when every one would be
 * accepted: a known type, a home that exists, no other tenure on the home over the same days
 * (ids and payment references are the unique keys' to refuse).
 */
export async function writeTenuresInSets(run: SetRun, rows: readonly SetRow<"tenure">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const kinds = await tenureTypeKinds(tx, [...new Set(rows.map((row) => row.input.tenureTypeCode))]);
  if (!rows.every((row) => kinds.has(row.input.tenureTypeCode))) return false;
  const assetIds = [...new Set(rows.map((row) => row.input.assetId))];
  const assets = await lockAssetTypes(tx, assetIds);
  if (!rows.every((row) => assets.has(row.input.assetId) && refersUp(run, "asset", row.input.assetId, row.line))) {
    return false;
  }
  const held: TenureDates[] = await tenureDatesOnAssets(tx, assetIds);
  for (const { input } of rows) {
    const dates = { assetId: input.assetId, start: input.startOfTenureDate, end: input.endOfTenureDate ?? null };
    if (held.some((other) => overlaps(other, dates))) return false;
    held.push(dates);
  }
  await insertRows(
    tx,
    "Tenure",
    rows.map(({ id, at, input }) => ({
      id,
      paymentReference: input.paymentReference,
      tenureTypeCode: input.tenureTypeCode,
      assetId: input.assetId,
      startOfTenureDate: input.startOfTenureDate,
      endOfTenureDate: input.endOfTenureDate ?? null,
      ...createdStamp(run.by, at),
    })),
  );
  for (const row of rows) {
    const { householdMembers: _none, ...tenure } = row.input;
    addEvent(run, row, {
      eventType: "TenureCreatedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: { ...tenure, id: row.id },
    });
  }
  return true;
}

/** findOverlappingTenure's rule: another tenure on the home holds it on any day from start to end. */
function overlaps(other: TenureDates, tenure: TenureDates): boolean {
  return (
    other.assetId === tenure.assetId &&
    (other.end === null || other.end >= tenure.start) &&
    (tenure.end === null || other.start <= tenure.end)
  );
}

import type { Prisma } from "@housing/db/client";
import type { TAsset } from "@housing/schemas/tenure";
import type { DbClient } from "@housing/db/client";
import { assetAddressLines, assetSummary } from "@housing/db/selects";
import { versionedUpdate } from "../kernel/version-conflict.ts";

/** Addressable properties (not estates or blocks as a whole) at a postcode, in street order. */
export async function findAddressableAssetsByPostcode(db: DbClient, postCode: string) {
  return db.asset.findMany({
    where: { postCode, assetType: { notIn: ["Estate", "Block"] } },
    select: {
      id: true,
      uprn: true,
      ...assetAddressLines,
    },
    orderBy: [{ addressLine1: "asc" }, { postPreamble: "asc" }],
    take: 500,
  });
}

export async function assetExists(db: DbClient, id: string): Promise<boolean> {
  return (await db.asset.count({ where: { id } })) > 0;
}

/** The assets directly below one in the estate → block → dwelling hierarchy. */
export async function findChildAssets(db: DbClient, parentId: string) {
  return db.asset.findMany({
    where: { parentId },
    select: { ...assetSummary, _count: { select: { children: true } } },
  });
}

const summarySelect = {
  id: true,
  propertyReference: true,
  assetType: true,
  name: true,
  ...assetAddressLines,
} as const;

const assetWithDetails = {
  parent: { select: { ...summarySelect, parent: { select: summarySelect } } },
  cautionaryAlerts: { select: { startDate: true, endDate: true } },
  _count: { select: { children: true } },
  tenures: {
    orderBy: { startOfTenureDate: "desc" as const },
    include: {
      tenureType: true,
      householdMembers: {
        include: { person: { select: { id: true, title: true, firstName: true, surname: true } } },
        orderBy: [{ isResponsible: "desc" as const }, { addedAt: "asc" as const }, { personId: "asc" as const }],
      },
    },
  },
} satisfies Prisma.AssetInclude;
export type AssetRow = Prisma.AssetGetPayload<{ include: typeof assetWithDetails }>;

export async function findAssetById(db: DbClient, id: string): Promise<AssetRow | null> {
  return db.asset.findUnique({ where: { id }, include: assetWithDetails });
}

export async function assetWithPropertyReferenceExists(db: DbClient, propertyReference: string): Promise<boolean> {
  return (await db.asset.count({ where: { propertyReference } })) > 0;
}

export async function insertAsset(tx: DbClient, data: Prisma.AssetUncheckedCreateInput) {
  return tx.asset.create({ data, select: { id: true } });
}

/** An asset's versioned update (see versionedUpdate). */
export const assetUpdate = versionedUpdate<DbClient, Prisma.AssetUncheckedUpdateManyInput>("asset", {
  updateMany: (tx, args) => tx.asset.updateMany(args),
  findVersion: (db, id) => db.asset.findUnique({ where: { id }, select: { version: true } }),
});

type AssetType = TAsset["assetType"];

/**
 * An asset's type, locked until the transaction ends; null when none has the id. "share" keeps its
 * type from changing meanwhile (a child being placed in it); "update" also waits for, and holds off,
 * every such child being placed (the asset's own type changing).
 */
export async function lockAssetType(tx: DbClient, id: string, mode: "share" | "update"): Promise<AssetType | null> {
  const rows =
    mode === "share"
      ? await tx.$queryRaw<{ assetType: AssetType }[]>`
          SELECT "assetType" FROM "Asset" WHERE id = ${id}::uuid FOR SHARE`
      : await tx.$queryRaw<{ assetType: AssetType }[]>`
          SELECT "assetType" FROM "Asset" WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  return rows[0]?.assetType ?? null;
}

/** The types of the assets directly below one. */
export async function findChildAssetTypes(db: DbClient, parentId: string): Promise<AssetType[]> {
  const rows = await db.asset.findMany({ where: { parentId }, select: { assetType: true }, distinct: ["assetType"] });
  return rows.map((row) => row.assetType);
}

/** The cautionary alerts raised against a property, whatever their state: their events are its activity too. */
export async function findCautionaryAlertIdsOn(db: DbClient, assetId: string): Promise<string[]> {
  const rows = await db.cautionaryAlert.findMany({ where: { assetId }, select: { id: true } });
  return rows.map((row) => row.id);
}

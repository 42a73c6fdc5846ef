import type { DbClient } from "@housing/db/client";
import type { SearchIndexName } from "../search-engine.port.ts";

/** Ids of every entity of an index, in id order, a page at a time (for a full rebuild). */
export async function pageOfIds(
  db: DbClient,
  index: SearchIndexName,
  after: string | undefined,
  take: number,
): Promise<string[]> {
  const args = {
    select: { id: true },
    orderBy: { id: "asc" as const },
    take,
    ...(after ? { where: { id: { gt: after } } } : {}),
  };
  const pages: Record<SearchIndexName, () => Promise<{ id: string }[]>> = {
    persons: () => db.person.findMany(args),
    assets: () => db.asset.findMany(args),
    tenures: () => db.tenure.findMany(args),
    accounts: () => db.rentAccount.findMany(args),
  };
  return (await pages[index]()).map((row) => row.id);
}

/** Who and what else shows a person: their tenures and those tenures' properties. */
export async function findPersonNeighbours(db: DbClient, personIds: readonly string[]) {
  const memberships = await db.householdMember.findMany({
    where: { personId: { in: [...personIds] } },
    select: { tenureId: true, tenure: { select: { assetId: true } } },
  });
  return {
    tenureIds: memberships.map((m) => m.tenureId),
    assetIds: memberships.map((m) => m.tenure.assetId),
  };
}

/** A tenure's household as the documents that show it need it: who its members are. */
const withMembers = { householdMembers: { select: { personId: true } } } as const;
const membersOf = (tenures: { householdMembers: { personId: string }[] }[]) =>
  tenures.flatMap((t) => t.householdMembers.map((m) => m.personId));

export async function findTenureNeighbours(db: DbClient, tenureIds: readonly string[]) {
  const tenures = await db.tenure.findMany({
    where: { id: { in: [...tenureIds] } },
    select: { assetId: true, ...withMembers },
  });
  return {
    assetIds: tenures.map((t) => t.assetId),
    personIds: membersOf(tenures),
  };
}

export async function findAssetNeighbours(db: DbClient, assetIds: readonly string[]) {
  const [children, tenures] = await Promise.all([
    db.asset.findMany({
      where: { OR: [{ parentId: { in: [...assetIds] } }, { parent: { parentId: { in: [...assetIds] } } }] },
      select: { id: true },
    }),
    db.tenure.findMany({
      where: { assetId: { in: [...assetIds] } },
      select: { id: true, ...withMembers },
    }),
  ]);
  return {
    assetIds: children.map((c) => c.id),
    tenureIds: tenures.map((t) => t.id),
    personIds: membersOf(tenures),
  };
}

/** The rent accounts among these ids, and those of these tenures. */
export async function findRentAccountIds(
  db: DbClient,
  of: { ids: readonly string[]; tenureIds: readonly string[] },
): Promise<string[]> {
  const accounts = await db.rentAccount.findMany({
    where: { OR: [{ id: { in: [...of.ids] } }, { tenureId: { in: [...of.tenureIds] } }] },
    select: { id: true },
  });
  return accounts.map((a) => a.id);
}

export async function findRentAccountTenures(db: DbClient, rentAccountIds: readonly string[]) {
  const accounts = await db.rentAccount.findMany({
    where: { id: { in: [...rentAccountIds] } },
    select: { tenureId: true },
  });
  return accounts.map((a) => a.tenureId);
}

export async function personIdsAmong(db: DbClient, ids: readonly string[]) {
  const rows = await db.person.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The projection version each index was last fully built with. */
export async function builtProjectionVersions(db: DbClient): Promise<Map<string, number>> {
  const rows = await db.searchProjectionVersion.findMany();
  return new Map(rows.map((row) => [row.indexName, row.version]));
}

export async function saveBuiltProjectionVersion(db: DbClient, indexName: string, version: number, at: Date) {
  await db.searchProjectionVersion.upsert({
    where: { indexName },
    create: { indexName, version, builtAt: at },
    update: { version, builtAt: at },
  });
}

import type { DbClient } from "@housing/db/client";
import type { Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import { nextVersion } from "../kernel/version-conflict.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";

export async function findEqualityData(db: DbClient, personId: string) {
  return db.personEqualityData.findUnique({ where: { personId } });
}

export async function findIdentifications(db: DbClient, personId: string) {
  return db.personIdentification.findMany({ where: { personId }, orderBy: { createdAt: "asc" } });
}

export type EqualityColumns = {
  gender?: string | null;
  nationality?: string | null;
  ethnicity?: string | null;
  languages?: { language: string; isPrimary: boolean }[];
};

/** Creates the row at version 1, or updates it only while it is still at `expectedVersion`. */
export async function saveEqualityDataIfVersion(
  tx: DbClient,
  personId: string,
  expectedVersion: number,
  changes: EqualityColumns,
  by: TActorStamp,
  at: Date,
): Promise<boolean> {
  if (expectedVersion === 0) {
    const created = await tx.personEqualityData.createMany({
      data: [{ personId, ...changes, modifiedAt: at, modifiedBy: by }],
      skipDuplicates: true,
    });
    return created.count === 1;
  }
  const { count } = await tx.personEqualityData.updateMany({
    where: { personId, version: expectedVersion },
    data: { ...changes, ...nextVersion(by, at) },
  });
  return count === 1;
}

export async function insertIdentification(
  tx: DbClient,
  identification: Omit<Prisma.PersonIdentificationUncheckedCreateInput, "createdBy"> & { createdBy: TActorStamp },
) {
  return tx.personIdentification.create({ data: identification });
}

export async function deleteIdentification(tx: DbClient, personId: string, id: string): Promise<boolean> {
  const { count } = await tx.personIdentification.deleteMany({ where: { id, personId } });
  return count === 1;
}

export async function findServiceAreaData(db: DbClient, personId: string, serviceAreas: readonly string[]) {
  return db.personServiceAreaData.findMany({
    where: { personId, serviceArea: { in: [...serviceAreas] } },
    orderBy: { serviceArea: "asc" },
  });
}

export async function saveServiceAreaDataIfVersion(
  tx: DbClient,
  record: { personId: string; serviceArea: string; data: Prisma.InputJsonObject },
  expectedVersion: number,
  by: TActorStamp,
  at: Date,
): Promise<boolean> {
  if (expectedVersion === 0) {
    const created = await tx.personServiceAreaData.createMany({
      data: [{ ...record, ...createdStamp(by, at) }],
      skipDuplicates: true,
    });
    return created.count === 1;
  }
  const { count } = await tx.personServiceAreaData.updateMany({
    where: { personId: record.personId, serviceArea: record.serviceArea, version: expectedVersion },
    data: { data: record.data, ...nextVersion(by, at) },
  });
  return count === 1;
}

/** Every read and change of sensitive data leaves a row here. */
export async function recordSensitiveDataAccess(
  db: DbClient,
  entry: { personId: string; dataset: string; action: string; actor: TActorStamp; correlationId: string; at: Date },
): Promise<void> {
  await db.sensitiveDataAudit.create({
    data: {
      personId: entry.personId,
      dataset: entry.dataset,
      action: entry.action,
      actor: entry.actor,
      correlationId: entry.correlationId,
      occurredAt: entry.at,
    },
  });
}

export async function listSensitiveDataAudit(db: DbClient, personId: string) {
  return db.sensitiveDataAudit.findMany({ where: { personId }, orderBy: { occurredAt: "desc" }, take: 100 });
}

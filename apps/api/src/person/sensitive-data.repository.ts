import type { DbClient } from "@housing/db/client";
import type { Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import { nextVersion } from "../kernel/version-conflict.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { personRowsInAreas } from "../kernel/service-area-rows.ts";

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

/**
 * Saves a row a person has at most one of (per key) at the version the caller read: version 0, none
 * yet, creates it at version 1 unless another save created it first; any other updates it only
 * while it is still at that version. True when this save wrote the row.
 */
async function saveAtVersion<Key, Created, Changes>(
  table: {
    createMany(args: { data: Created[]; skipDuplicates: true }): Promise<{ count: number }>;
    updateMany(args: { where: Key & { version: number }; data: Changes }): Promise<{ count: number }>;
  },
  key: Key,
  expectedVersion: number,
  row: { created: Created; changes: Changes },
): Promise<boolean> {
  const { count } =
    expectedVersion === 0
      ? await table.createMany({ data: [row.created], skipDuplicates: true })
      : await table.updateMany({ where: { ...key, version: expectedVersion }, data: row.changes });
  return count === 1;
}

export async function saveEqualityDataIfVersion(
  tx: DbClient,
  personId: string,
  expectedVersion: number,
  changes: EqualityColumns,
  by: TActorStamp,
  at: Date,
): Promise<boolean> {
  return saveAtVersion(tx.personEqualityData, { personId }, expectedVersion, {
    created: { personId, ...changes, modifiedAt: at, modifiedBy: by },
    changes: { ...changes, ...nextVersion(by, at) },
  });
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
  return db.personServiceAreaData.findMany(personRowsInAreas(personId, serviceAreas));
}

export async function saveServiceAreaDataIfVersion(
  tx: DbClient,
  record: { personId: string; serviceArea: string; data: Prisma.InputJsonObject },
  expectedVersion: number,
  by: TActorStamp,
  at: Date,
): Promise<boolean> {
  const key = { personId: record.personId, serviceArea: record.serviceArea };
  return saveAtVersion(tx.personServiceAreaData, key, expectedVersion, {
    created: { ...record, ...createdStamp(by, at) },
    changes: { data: record.data, ...nextVersion(by, at) },
  });
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

import type { TActorStamp } from "@housing/schemas/person";
import { AppError, found } from "./app-error.ts";

export type VersionConflictDetails = { currentVersion: number; yourVersion: number };

export function versionConflict(entity: string, currentVersion: number, yourVersion: number): AppError {
  return new AppError(
    "Conflict",
    `Someone else changed this ${entity} first: you edited version ${yourVersion}, it is now version ${currentVersion}`,
    { currentVersion, yourVersion } satisfies VersionConflictDetails,
  );
}

/** Refuses an edit made against a version the record no longer has. */
export function expectVersion(entity: string, currentVersion: number, yourVersion: number): void {
  if (currentVersion !== yourVersion) throw versionConflict(entity, currentVersion, yourVersion);
}

/**
 * The record an edit was made against, read in the edit's transaction: NotFound when no record has
 * the id, Conflict when its version moved on since the caller read it.
 */
export function foundAtVersion<T extends { version: number }>(
  entity: string,
  id: string,
  row: T | null,
  yourVersion: number,
): T {
  const current = found(entity, id, row);
  expectVersion(entity, current.version, yourVersion);
  return current;
}

/**
 * What every versioned write sets besides its own columns: the version moved on by one (the version
 * updateIfVersion answers) and who changed the row when.
 */
export function nextVersion(by: TActorStamp, at: Date) {
  return { version: { increment: 1 }, modifiedAt: at, modifiedBy: by };
}

/** What `nextVersion` sets. */
export type VersionStamp = ReturnType<typeof nextVersion>;

/** A write guarded by the version the caller read, and how to read the version that beat it. */
export type VersionedWrite = {
  entity: string;
  yourVersion: number;
  write: () => Promise<boolean>;
  currentVersion: () => Promise<number | null>;
};

/**
 * One table's versioned update, made from the table's own `updateMany` and version look-up so that
 * Prisma checks the columns (`D` is the table's update input): the write lands only on the row that
 * still has the version the caller read, moves it on by one and says who changed it when.
 */
export function versionedUpdate<C, D>(
  entity: string,
  table: {
    updateMany(
      client: C,
      args: { where: { id: string; version: number }; data: D & VersionStamp },
    ): Promise<{
      count: number;
    }>;
    findVersion(client: C, id: string): Promise<{ version: number } | null>;
  },
) {
  return (
    client: C,
    id: string,
    yourVersion: number,
    data: D,
    author: { by: TActorStamp; at: Date },
  ): VersionedWrite => ({
    entity,
    yourVersion,
    write: async () => {
      const args = { where: { id, version: yourVersion }, data: { ...data, ...nextVersion(author.by, author.at) } };
      return (await table.updateMany(client, args)).count === 1;
    },
    currentVersion: async () => (await table.findVersion(client, id))?.version ?? null,
  });
}

/**
 * Runs a write guarded by `version = yourVersion` (which moves the version on by one) and answers
 * the new version. When another transaction won the race the write touches no row; the version
 * that won is read back and answered as the same Conflict everywhere.
 */
export async function updateIfVersion(
  entity: string,
  yourVersion: number,
  row: Pick<VersionedWrite, "write" | "currentVersion">,
): Promise<number> {
  if (await row.write()) return yourVersion + 1;
  throw versionConflict(entity, (await row.currentVersion()) ?? 0, yourVersion);
}

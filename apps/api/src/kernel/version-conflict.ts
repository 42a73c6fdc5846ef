import { AppError } from "./app-error.ts";

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
 * Runs a write guarded by `version = yourVersion` (which moves the version on by one) and answers
 * the new version. When another transaction won the race the write touches no row; the version
 * that won is read back and answered as the same Conflict everywhere.
 */
export async function updateIfVersion(
  entity: string,
  yourVersion: number,
  row: { write: () => Promise<boolean>; currentVersion: () => Promise<number | null> },
): Promise<number> {
  if (await row.write()) return yourVersion + 1;
  throw versionConflict(entity, (await row.currentVersion()) ?? 0, yourVersion);
}

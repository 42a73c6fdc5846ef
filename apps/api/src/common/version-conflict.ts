import { AppError } from "../errors.ts";

export type VersionConflictDetails = { currentVersion: number; yourVersion: number };

export function versionConflict(entity: string, currentVersion: number, yourVersion: number): AppError {
  return new AppError(
    "Conflict",
    `Someone else changed this ${entity} first: you edited version ${yourVersion}, it is now version ${currentVersion}`,
    { currentVersion, yourVersion } satisfies VersionConflictDetails,
  );
}

import type { TRole } from "@housing/schemas/auth";

/** Council-configurable access rules beyond a procedure's own roles. */
export type AccessPolicy = {
  /** Who may read and change equality and identity data (EQUALITY_DATA_ROLES). */
  equalityDataRoles: readonly TRole[];
};

export const defaultAccessPolicy: AccessPolicy = { equalityDataRoles: ["housing-manager", "admin"] };

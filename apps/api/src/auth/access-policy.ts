import type { TRole } from "@housing/schemas/auth";

/** Council-configurable access rules beyond a procedure's own roles. */
export type AccessPolicy = {
  /** Who may read and change equality and identity data (EQUALITY_DATA_ROLES). */
  equalityDataRoles: readonly TRole[];
  /** Who may raise and end cautionary alerts (CAUTIONARY_ALERT_ROLES); every member of staff reads them. */
  cautionaryAlertRoles: readonly TRole[];
};

export const defaultAccessPolicy: AccessPolicy = {
  equalityDataRoles: ["housing-manager", "admin"],
  cautionaryAlertRoles: ["housing-manager", "admin"],
};

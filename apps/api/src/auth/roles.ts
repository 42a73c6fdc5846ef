import { type TActor, type TRole, type TServiceArea, roles } from "@housing/schemas/auth";

export type GroupRoles = Readonly<Record<string, TRole>>;

/** By default each directory group is named after the role it grants; AUTH_GROUPS replaces this. */
export const defaultGroupRoles: GroupRoles = Object.fromEntries(roles.map((role) => [role, role]));

const serviceAreasByRole = {
  "housing-officer": ["housing"],
  "housing-manager": ["housing"],
  "finance-officer": ["finance"],
  "finance-manager": ["finance"],
  "social-care-officer": ["social-care"],
  // Integration services (e.g. the lettings system) write housing records on behalf of housing.
  "integration-service": ["housing"],
  admin: ["housing", "finance", "social-care"],
  // A BI tool reads as housing: housing-owned contact details and those shared with housing by consent.
  reporting: ["housing"],
} as const satisfies Record<TRole, readonly TServiceArea[]>;

/** The roles a user's groups grant; unknown groups grant nothing. */
export function rolesFromGroups(groups: readonly string[], groupRoles: GroupRoles): TRole[] {
  const granted = new Set<TRole>();
  for (const group of groups) {
    const role = Object.hasOwn(groupRoles, group) ? groupRoles[group] : undefined;
    if (role) granted.add(role);
  }
  return roles.filter((role) => granted.has(role));
}

export function serviceAreasForRoles(actorRoles: readonly TRole[]): TServiceArea[] {
  const areas = new Set<TServiceArea>(actorRoles.flatMap((role) => serviceAreasByRole[role]));
  return (["housing", "finance", "social-care"] as const).filter((area) => areas.has(area));
}

/** A group name that grants the role under the given mapping (used to mint demo tokens). */
export function groupForRole(role: TRole, groupRoles: GroupRoles): string | undefined {
  return Object.entries(groupRoles).find(([, granted]) => granted === role)?.[0];
}

export function actorHasAnyRole(actor: TActor, allowed: readonly TRole[]): boolean {
  return actor.roles.some((role) => allowed.includes(role));
}

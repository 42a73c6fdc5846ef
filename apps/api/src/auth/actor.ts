import type { TActor } from "@housing/schemas/auth";
import { type GroupRoles, rolesFromGroups, serviceAreasForRoles } from "./roles.ts";

/** The signed-in member of staff (or service) a request acts for. */
export type Actor = TActor;

export type IdentityClaims = { sub: string; name: string; email: string; groups: readonly string[] };

export function actorFromClaims(claims: IdentityClaims, groupRoles: GroupRoles): Actor {
  const roles = rolesFromGroups(claims.groups, groupRoles);
  return { id: claims.sub, name: claims.name, email: claims.email, roles, serviceAreas: serviceAreasForRoles(roles) };
}

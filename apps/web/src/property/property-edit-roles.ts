import type { TRole } from "@housing/schemas/auth";
import { useHasAnyRole } from "../auth/user-roles.ts";

/** A property's address and management flags are the managers' to change; the API enforces the same list. */
export const propertyEditRoles = ["housing-manager", "admin"] as const satisfies readonly TRole[];

export function useCanEditProperties(): boolean {
  return useHasAnyRole(propertyEditRoles);
}

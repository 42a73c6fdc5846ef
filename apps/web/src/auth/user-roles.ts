import type { TRole } from "@housing/schemas/auth";
import { trpc } from "../trpc.ts";
import { useSignedInUser } from "./session-store.ts";

/** The roles that look after person records; the API enforces the same list. */
export const housingRoles = ["housing-officer", "housing-manager", "admin"] as const satisfies readonly TRole[];
/** Transactions, bank details and the suspense account; the API enforces the same lists. */
export const financeRoles = ["finance-officer", "finance-manager", "admin"] as const satisfies readonly TRole[];
/** Approving or rejecting a proposed suspense match. */
export const financeManagerRoles = ["finance-manager", "admin"] as const satisfies readonly TRole[];

/**
 * The signed-in user's roles as the server last confirmed them (auth.me, the query the sign-in
 * guard already makes), falling back to those the session was started with.
 */
export function useUserRoles(): readonly TRole[] {
  const me = trpc.auth.me.useQuery(undefined, { staleTime: 5 * 60_000 });
  const user = useSignedInUser();
  return me.data?.roles ?? user?.roles ?? [];
}

export function useHasAnyRole(allowed: readonly TRole[]): boolean {
  const roles = useUserRoles();
  return roles.some((role) => allowed.includes(role));
}

/**
 * A reporting account (a BI tool's service account) may sign in, but the API answers it only the
 * reporting extracts: the staff app has no page for it to use.
 */
export function useIsReportingOnly(): boolean {
  const roles = useUserRoles();
  return roles.length > 0 && roles.every((role) => role === "reporting");
}

/** Adding and editing persons is for housing staff; everyone else may only read. */
export function useCanManagePersons(): boolean {
  return useHasAnyRole(housingRoles);
}

import type { TRole } from "@housing/schemas/auth";
import { AppError } from "../kernel/app-error.ts";
import type { Actor } from "./actor.ts";
import { actorHasAnyRole } from "./roles.ts";

/** Who may do what, shared by the tRPC procedures and the REST routes. */
export const housingRoles = ["housing-officer", "housing-manager", "admin"] as const satisfies readonly TRole[];
export const housingWriteRoles = [...housingRoles, "integration-service"] as const satisfies readonly TRole[];
export const financeRoles = ["finance-officer", "finance-manager", "admin"] as const satisfies readonly TRole[];
export const financeManagerRoles = ["finance-manager", "admin"] as const satisfies readonly TRole[];

export type AccessLogger = { warn(bindings: object, message: string): void };

/** The actor, or Unauthenticated when the request carries no valid token. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("Unauthenticated", "Sign in to continue");
  return actor;
}

/** The actor when it holds one of the roles; otherwise a logged Forbidden that says why. */
export function requireAnyRole(
  actor: Actor | null,
  allowed: readonly TRole[],
  logger: AccessLogger,
  action = "this",
): Actor {
  const signedIn = requireActor(actor);
  if (actorHasAnyRole(signedIn, allowed)) return signedIn;
  const reason =
    signedIn.roles.length === 0
      ? "Your account has no role in the Housing Platform"
      : `You need one of these roles to do ${action}: ${allowed.join(", ")}`;
  logger.warn(
    { actorId: signedIn.id, actorRoles: signedIn.roles, allowedRoles: allowed, action },
    `Access refused: ${reason}`,
  );
  throw new AppError("Forbidden", reason, { reason, allowedRoles: allowed });
}

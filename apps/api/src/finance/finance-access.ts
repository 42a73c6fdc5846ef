import type { TRole } from "@housing/schemas/auth";
import { financeRoles } from "../auth/access.ts";
import { requireRole } from "../trpc.ts";

/** Accounts, charges and transactions arrive from the council's other systems as well as from finance staff. */
export const financeWriteRoles = [...financeRoles, "integration-service"] as const satisfies readonly TRole[];

export const financeWriteProcedure = requireRole(...financeWriteRoles);

import type { TRole } from "@housing/schemas/auth";
import { financeRoles } from "../auth/access.ts";

/** Accounts, charges and transactions arrive from the council's other systems as well as from finance staff. */
export const financeWriteRoles = [...financeRoles, "integration-service"] as const satisfies readonly TRole[];

import { z } from "zod";
import { storable } from "../common/text.schemas.ts";

export const ZRole = z.enum([
  "housing-officer",
  "housing-manager",
  "finance-officer",
  "finance-manager",
  "social-care-officer",
  "integration-service",
  "admin",
  "reporting",
]);
export type TRole = z.infer<typeof ZRole>;

export const roles = ZRole.options;

/** A BI tool's service account: it reads the reporting extracts (and who it is), nothing else. */
export const reportingRole = "reporting" satisfies TRole;

/** Every role of a member of staff or a system working on records: all but the read-only reporting role. */
export const staffRoles = roles.filter((role): role is Exclude<TRole, typeof reportingRole> => role !== reportingRole);

export const roleLabels: Record<TRole, string> = {
  "housing-officer": "Housing officer",
  "housing-manager": "Housing manager",
  "finance-officer": "Finance officer",
  "finance-manager": "Finance manager",
  "social-care-officer": "Social care officer",
  "integration-service": "Integration service",
  admin: "Administrator",
  reporting: "Reporting, read-only",
};

export const ZServiceArea = z.enum(["housing", "finance", "social-care"]);
export type TServiceArea = z.infer<typeof ZServiceArea>;

/** The signed-in member of staff (or service) a request acts for. */
export const ZActor = z.object({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  roles: z.array(ZRole),
  serviceAreas: z.array(ZServiceArea),
});
export type TActor = z.infer<typeof ZActor>;

export const ZAuthConfig = z.object({
  devSignInEnabled: z.boolean(),
});
export type TAuthConfig = z.infer<typeof ZAuthConfig>;

export const ZDemoUser = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  roleLabel: z.string(),
  serviceAreas: z.array(ZServiceArea),
});
export type TDemoUser = z.infer<typeof ZDemoUser>;

export const ZDemoUsersResponse = z.object({
  users: z.array(ZDemoUser),
});
export type TDemoUsersResponse = z.infer<typeof ZDemoUsersResponse>;

export const ZDevSignInInput = z.object({
  userId: storable(
    z.string({ error: "Choose a demo user to sign in as" }).min(1, "Choose a demo user to sign in as"),
    "the user id",
  ),
});
export type TDevSignInInput = z.infer<typeof ZDevSignInInput>;

export const ZDevSignInResponse = z.object({
  token: z.string(),
  /** ISO 8601 instant after which the token is refused. */
  expiresAt: z.iso.datetime(),
  user: ZDemoUser,
});
export type TDevSignInResponse = z.infer<typeof ZDevSignInResponse>;

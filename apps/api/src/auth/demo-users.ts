import { type TDemoUser, type TRole, roleLabels } from "@housing/schemas/auth";
import { serviceAreasForRoles } from "./roles.ts";

const people: ReadonlyArray<{ id: string; name: string; email: string; role: TRole }> = [
  { id: "demo-housing-officer", name: "Hannah Holt", email: "hannah.holt@example.org", role: "housing-officer" },
  { id: "demo-housing-manager", name: "Marcus Bellamy", email: "marcus.bellamy@example.org", role: "housing-manager" },
  { id: "demo-finance-officer", name: "Fiona Clarke", email: "fiona.clarke@example.org", role: "finance-officer" },
  { id: "demo-finance-manager", name: "Oliver Grant", email: "oliver.grant@example.org", role: "finance-manager" },
  { id: "demo-social-care-officer", name: "Priya Shah", email: "priya.shah@example.org", role: "social-care-officer" },
  {
    id: "demo-integration-service",
    name: "Lettings Integration",
    email: "lettings-integration@example.org",
    role: "integration-service",
  },
  { id: "demo-admin", name: "Alex Morgan", email: "alex.morgan@example.org", role: "admin" },
  { id: "demo-reporting", name: "Qlik Reporting", email: "qlik-reporting@example.org", role: "reporting" },
];

/** Fictional users, one per role, offered by the development sign-in. */
export const demoUsers: readonly TDemoUser[] = people.map((person) => ({
  ...person,
  roleLabel: roleLabels[person.role],
  serviceAreas: serviceAreasForRoles([person.role]),
}));

export function findDemoUser(userId: string): TDemoUser | undefined {
  return demoUsers.find((user) => user.id === userId);
}

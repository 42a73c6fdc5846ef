import type { TPersonType } from "@housing/schemas/person";

export type TenureKind = "Tenancy" | "Leasehold" | "Freehold" | "Licence" | "Other";
export type PersonTenureType = "Tenant" | "Leaseholder" | "Freeholder" | "HouseholdMember" | "Occupant";

/** Council rule: the responsible member of a freehold is a Freeholder, of a leasehold a Leaseholder. */
export function personTenureTypeFor(kind: TenureKind, isResponsible: boolean): PersonTenureType & TPersonType {
  if (!isResponsible) return "HouseholdMember";
  if (kind === "Freehold") return "Freeholder";
  if (kind === "Leasehold") return "Leaseholder";
  return "Tenant";
}

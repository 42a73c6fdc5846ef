import type { TPersonType } from "@housing/schemas/person";

export type TenureKind = "Tenancy" | "Leasehold" | "Freehold" | "Licence" | "Other";
export type PersonTenureType = "Tenant" | "Leaseholder" | "Freeholder" | "HouseholdMember" | "Occupant";

/** A tenure is active while it has no end date or the end date is today or later. */
export function tenureIsActive(endOfTenureDate: string | null, today: string): boolean {
  return endOfTenureDate === null || endOfTenureDate >= today;
}

/** Council rule: the responsible member of a freehold is a Freeholder, of a leasehold a Leaseholder. */
export function personTenureTypeFor(kind: TenureKind, isResponsible: boolean): PersonTenureType & TPersonType {
  if (!isResponsible) return "HouseholdMember";
  if (kind === "Freehold") return "Freeholder";
  if (kind === "Leasehold") return "Leaseholder";
  return "Tenant";
}

import type { TTenure } from "@housing/schemas/tenure";

export type THouseholdMember = TTenure["householdMembers"][number];

export type THousehold<TMember extends Pick<THouseholdMember, "isResponsible">> = {
  /** Responsible for the tenure: the tenants, leaseholders or freeholders named on it. */
  namedTenureHolders: TMember[];
  /** Everyone else who lives there. */
  householdMembers: TMember[];
};

/** Splits a tenure's people into named tenure holders and other household members, keeping their order. */
export function groupHouseholdMembers<TMember extends Pick<THouseholdMember, "isResponsible">>(
  members: readonly TMember[],
): THousehold<TMember> {
  return {
    namedTenureHolders: members.filter((member) => member.isResponsible),
    householdMembers: members.filter((member) => !member.isResponsible),
  };
}

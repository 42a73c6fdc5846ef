import { describe, expect, it } from "vitest";
import { groupHouseholdMembers } from "./household-members.ts";

const member = (fullName: string, isResponsible: boolean) => ({ fullName, isResponsible });

describe("the people on a tenure", () => {
  it("responsible members are the named tenure holders, everyone else is a household member", () => {
    const household = groupHouseholdMembers([
      member("Ms Ann Lee", true),
      member("Master Tom Lee", false),
      member("Mr Sam Lee", true),
      member("Miss Amy Lee", false),
    ]);
    expect(household.namedTenureHolders.map((m) => m.fullName)).toEqual(["Ms Ann Lee", "Mr Sam Lee"]);
    expect(household.householdMembers.map((m) => m.fullName)).toEqual(["Master Tom Lee", "Miss Amy Lee"]);
  });

  it("a tenure with nobody on it has two empty groups", () => {
    expect(groupHouseholdMembers([])).toEqual({ namedTenureHolders: [], householdMembers: [] });
  });
});

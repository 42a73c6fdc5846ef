import { describe, expect, it } from "vitest";
import { actorFromClaims } from "./actor.ts";
import { defaultGroupRoles, groupForRole, rolesFromGroups, serviceAreasForRoles } from "./roles.ts";

describe("roles and service areas", () => {
  it("each default group grants the role of the same name", () => {
    expect(rolesFromGroups(["housing-officer", "finance-manager"], defaultGroupRoles)).toEqual([
      "housing-officer",
      "finance-manager",
    ]);
  });

  it("unknown groups grant nothing", () => {
    expect(rolesFromGroups(["everyone", "toString", "__proto__"], defaultGroupRoles)).toEqual([]);
  });

  it("a configured mapping replaces the default group names", () => {
    const groupRoles = { "HACKNEY-HOUSING-OFFICERS": "housing-officer" } as const;
    expect(rolesFromGroups(["HACKNEY-HOUSING-OFFICERS", "housing-manager"], groupRoles)).toEqual(["housing-officer"]);
    expect(groupForRole("housing-officer", groupRoles)).toBe("HACKNEY-HOUSING-OFFICERS");
  });

  it.each([
    ["housing-officer", ["housing"]],
    ["housing-manager", ["housing"]],
    ["finance-officer", ["finance"]],
    ["finance-manager", ["finance"]],
    ["social-care-officer", ["social-care"]],
    ["integration-service", ["housing"]],
    ["admin", ["housing", "finance", "social-care"]],
    ["reporting", ["housing"]],
  ] as const)("a %s works in %j", (role, areas) => {
    expect(serviceAreasForRoles([role])).toEqual(areas);
  });

  it("service areas from several roles are listed once each", () => {
    expect(serviceAreasForRoles(["housing-officer", "housing-manager", "finance-officer"])).toEqual([
      "housing",
      "finance",
    ]);
  });

  it("an actor carries the identity claims with the roles and areas their groups grant", () => {
    const actor = actorFromClaims(
      { sub: "u1", name: "Hannah Holt", email: "hannah.holt@example.org", groups: ["social-care-officer"] },
      defaultGroupRoles,
    );
    expect(actor).toEqual({
      id: "u1",
      name: "Hannah Holt",
      email: "hannah.holt@example.org",
      roles: ["social-care-officer"],
      serviceAreas: ["social-care"],
    });
  });
});

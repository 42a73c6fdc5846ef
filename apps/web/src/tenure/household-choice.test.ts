import { describe, expect, it } from "vitest";
import { addPersonPathReturningTo, afterAddingPerson, withPerson } from "./household-choice.ts";

describe("choosing a household", () => {
  const amara = { id: "a", fullName: "Amara Okafor", dateOfBirth: null, isResponsible: true };

  it("a person chosen twice is in the household once, with the role first given", () => {
    expect(withPerson(withPerson([], amara), { ...amara, isResponsible: false })).toEqual([amara]);
  });

  it("adding a person from a form comes back to that form with the new person", () => {
    expect(addPersonPathReturningTo("/properties/p1/start-tenancy")).toBe(
      "/persons/new?returnTo=%2Fproperties%2Fp1%2Fstart-tenancy",
    );
    expect(afterAddingPerson("/tenures/t1?x=1", "p9")).toBe("/tenures/t1?x=1&addedPersonId=p9");
  });

  it("with no form to go back to (or another site), the new person's page opens", () => {
    expect(afterAddingPerson(null, "p9")).toBe("/persons/p9");
    expect(afterAddingPerson("https://evil.example/", "p9")).toBe("/persons/p9");
  });
});

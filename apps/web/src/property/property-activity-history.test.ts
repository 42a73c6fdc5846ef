import { describe, expect, it } from "vitest";
import { describePropertyActivity, propertyFieldLabel } from "./property-activity-history.tsx";

const user = { id: "u1", name: "Hannah Holt", email: "hannah@example.org" };

describe("a property's activity in words", () => {
  it("says what an edit changed, with the form's labels", () => {
    const changes = [
      { field: "postCode", oldValue: "E9 6AB", newValue: "E9 7AA" },
      { field: "isVoid", oldValue: false, newValue: true },
      { field: "rentGroup", oldValue: "HRA", newValue: null },
      { field: "uprn", oldValue: null, newValue: "100011112222" },
    ];
    expect(describePropertyActivity({ eventType: "AssetUpdatedEvent", user, subject: null, changes })).toBe(
      "Hannah Holt changed postcode from E9 6AB to E9 7AA, changed void from no to yes, removed rent group (was HRA) and set UPRN to 100011112222",
    );
  });

  it("names the creation and reads an alert as on a person's page", () => {
    expect(describePropertyActivity({ eventType: "AssetCreatedEvent", user, subject: null, changes: [] })).toBe(
      "Hannah Holt created the record",
    );
    expect(
      describePropertyActivity({ eventType: "CautionaryAlertRaisedEvent", user, subject: "Dog", changes: [] }),
    ).toBe("Hannah Holt raised a cautionary alert: Dog");
    expect(propertyFieldLabel("yearConstructed")).toBe("year built");
  });
});

import { describe, expect, it } from "vitest";
import { describeTenureActivity } from "./tenure-activity.ts";

const user = { id: "u1", name: "Hannah Holt", email: "hannah@example.org" };
const event = (
  eventType: string,
  changes: { field: string; oldValue?: unknown; newValue?: unknown }[],
  subject: string | null = null,
) => ({
  eventType,
  user,
  subject,
  changes,
});

describe("a tenure's activity in words", () => {
  it("says who started, changed the household of and ended the tenancy", () => {
    expect(describeTenureActivity(event("TenureCreatedEvent", []))).toBe("Hannah Holt started the tenancy");
    expect(
      describeTenureActivity(
        event(
          "HouseholdMemberAddedEvent",
          [{ field: "isResponsible", oldValue: null, newValue: true }],
          "Ms Amara Okafor",
        ),
      ),
    ).toBe("Hannah Holt added Ms Amara Okafor to the household as a named tenure holder");
    expect(describeTenureActivity(event("HouseholdMemberRemovedEvent", [], "Mr Tom Okafor"))).toBe(
      "Hannah Holt removed Mr Tom Okafor from the household",
    );
    expect(
      describeTenureActivity(
        event("TenureUpdatedEvent", [
          { field: "endOfTenureDate", oldValue: null, newValue: "2025-01-31" },
          { field: "terminationReason", oldValue: null, newValue: "Eviction" },
        ]),
      ),
    ).toBe("Hannah Holt ended the tenancy on 31/01/2025 (Eviction)");
  });
});

import { describe, expect, it } from "vitest";
import { sourceDomainOf, ZDomainEvent } from "./domain-events.schemas.ts";

const personId = "6d1f4e0a-0000-4000-8000-000000000001";
const targetId = "6d1f4e0a-0000-4000-8000-000000000002";

describe("ZDomainEvent", () => {
  it("reads a household change as stored, typed by its event type", () => {
    const event = ZDomainEvent.parse({
      eventType: "HouseholdMemberAddedEvent",
      sourceDomain: "tenure",
      oldData: null,
      newData: { personId, isResponsible: true, personTenureType: "Tenant" },
    });
    expect(event.eventType === "HouseholdMemberAddedEvent" && event.newData.personId).toBe(personId);
  });

  it("keeps reading rows with keys it does not know and without fields older rows lacked", () => {
    const event = ZDomainEvent.parse({
      eventType: "ContactDetailUpdatedEvent",
      sourceDomain: "contact-details",
      oldData: { targetId, somethingOlder: 1 },
      newData: { targetId },
    });
    expect(event.oldData).toEqual({ targetId });
  });

  it("refuses an event type no domain writes, and an event filed under the wrong domain", () => {
    expect(
      ZDomainEvent.safeParse({ eventType: "Nope", sourceDomain: "person", oldData: null, newData: null }).success,
    ).toBe(false);
    expect(
      ZDomainEvent.safeParse({ eventType: "TenureUpdatedEvent", sourceDomain: "person", oldData: {}, newData: {} })
        .success,
    ).toBe(false);
  });

  it("names the domain of every event type", () => {
    expect(sourceDomainOf.PersonCreatedEvent).toBe("person");
    expect(sourceDomainOf.ContactDetailConsentRevokedEvent).toBe("contact-details");
    expect(sourceDomainOf.SuspenseMatchApprovedEvent).toBe("finance");
    expect(Object.keys(sourceDomainOf)).toHaveLength(ZDomainEvent.options.length);
  });
});

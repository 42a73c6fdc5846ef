import type { TActivity } from "@housing/schemas/person";
import { describe, expect, it } from "vitest";
import { describeActivity } from "./activity-description.ts";
import { fullName, personFieldLabel, preferredName } from "./person-labels.ts";

function activity(overrides: Partial<TActivity>): TActivity {
  return {
    id: "6f1c1d1e-7c55-4c55-9f55-2a1c3c1d1e1f",
    eventType: "PersonUpdatedEvent",
    occurredAt: "2025-03-14T10:32:00.000Z",
    user: { id: "demo-housing-officer", name: "Hannah Holt", email: "hannah.holt@example.org" },
    entityId: "dc81b4b0-d835-4d6a-a01b-a416b960828a",
    sourceDomain: "person",
    subject: null,
    changes: [],
    ...overrides,
  };
}

describe("activity history in plain English", () => {
  it("a created record says who created it", () => {
    const created = activity({
      eventType: "PersonCreatedEvent",
      changes: [{ field: "firstName", oldValue: null, newValue: "Amara" }],
    });
    expect(describeActivity(created)).toBe("Hannah Holt created the record");
  });

  it("a changed name says from what to what", () => {
    const edit = activity({ changes: [{ field: "firstName", oldValue: "Amara", newValue: "Amarachi" }] });
    expect(describeActivity(edit)).toBe("Hannah Holt changed first name from Amara to Amarachi");
  });

  it("several changes read as one sentence, with dates as dd/mm/yyyy, and set and cleared fields said so", () => {
    const edit = activity({
      changes: [
        { field: "dateOfBirth", oldValue: "1985-07-03", newValue: "1985-07-04" },
        { field: "placeOfBirth", oldValue: null, newValue: "Lagos" },
        { field: "middleName", oldValue: "James", newValue: null },
      ],
    });
    expect(describeActivity(edit)).toBe(
      "Hannah Holt changed date of birth from 03/07/1985 to 04/07/1985, set place of birth to Lagos and removed middle name (was James)",
    );
  });

  it("a contact detail's event names the detail", () => {
    const added = activity({
      eventType: "ContactDetailAddedEvent",
      sourceDomain: "contact-details",
      subject: "07700 900123",
    });
    expect(describeActivity(added)).toBe("Hannah Holt added contact detail 07700 900123");
  });

  it("a phone number is named as the contact list shows it, an email as it is", () => {
    const phone = activity({ eventType: "ContactDetailDeactivatedEvent", subject: "+447700900115" });
    const email = activity({ eventType: "ContactDetailAddedEvent", subject: "ann+44@example.org" });

    expect(describeActivity(phone)).toBe("Hannah Holt marked contact detail 07700 900115 as no longer used");
    expect(describeActivity(email)).toBe("Hannah Holt added contact detail ann+44@example.org");
  });

  it("a cautionary alert's events name the alert type", () => {
    const raised = activity({ eventType: "CautionaryAlertRaisedEvent", subject: "No lone visits" });
    expect(describeActivity(raised)).toBe("Hannah Holt raised a cautionary alert: No lone visits");
    const ended = activity({ eventType: "CautionaryAlertEndedEvent", subject: "No lone visits" });
    expect(describeActivity(ended)).toBe("Hannah Holt ended the cautionary alert: No lone visits");
  });

  it("an event this page has no words for still says who did something", () => {
    expect(describeActivity(activity({ eventType: "PersonMergedEvent" }))).toBe(
      "Hannah Holt made a change (person merged)",
    );
  });
});

describe("person names and field labels", () => {
  const names = {
    title: "Ms",
    firstName: "Elizabeth",
    middleName: "Anne",
    surname: "Okafor",
    preferredTitle: null,
    preferredFirstName: null,
    preferredMiddleName: null,
    preferredSurname: null,
  };

  it("the full name leaves out what is not there", () => {
    expect(fullName(names)).toBe("Ms Elizabeth Anne Okafor");
    expect(fullName({ ...names, title: null, middleName: null })).toBe("Elizabeth Okafor");
  });

  it("a preferred name is shown only when it differs", () => {
    expect(preferredName(names)).toBeUndefined();
    expect(preferredName({ ...names, preferredFirstName: "Liz" })).toBe("Ms Liz Okafor");
    expect(preferredName({ ...names, preferredFirstName: "Elizabeth", preferredMiddleName: "Anne" })).toBeUndefined();
  });

  it("a field without a label is spelled out", () => {
    expect(personFieldLabel("surname")).toBe("Last name");
    expect(personFieldLabel("someNewField")).toBe("Some new field");
  });
});

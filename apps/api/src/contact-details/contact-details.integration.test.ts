import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAsset, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

let database: TestDatabase;
const housing = () => callerFor(database.db, actorWithRole("housing-officer"), { correlationId: "corr-contact" });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a TRPCError, got ${String(error)}`);
  return error;
}

const newPerson = async () => (await housing().person.create(personInput())).id;

function phone(targetId: string, value: string, overrides: { isDefault?: boolean; subType?: "mobile" | "home" } = {}) {
  return housing().contactDetails.create({
    targetId,
    targetType: "person",
    contactInformation: {
      contactType: "phone",
      subType: overrides.subType ?? "mobile",
      value,
      description: "Daughter's mobile",
    },
    sourceServiceArea: { area: "housing", isDefault: overrides.isDefault ?? false },
  });
}

describe("structured values", () => {
  it("stores UK numbers in +44 form and international ones with their country code", async () => {
    const personId = await newPerson();
    expect((await phone(personId, "07700 900123")).contactInformation.value).toBe("+447700900123");
    expect((await phone(personId, "+33 1 23 45 67 89")).contactInformation.value).toBe("+33123456789");
  });

  it("refuses free text in a phone number, naming the field", async () => {
    const personId = await newPerson();
    const error = await errorOf(phone(personId, "0791121212121 - Daughter"));
    expect(error.code).toBe("BAD_REQUEST");
    const issues = (error.cause as unknown as { issues: { path: string[]; message: string }[] }).issues;
    expect(issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      [
        "contactInformation.value",
        "Enter a phone number using digits only; put who it belongs to in the sub-type and description",
      ],
    ]);
  });

  it("lower-cases an email's domain and refuses a malformed one", async () => {
    const personId = await newPerson();
    const email = await housing().contactDetails.create({
      targetId: personId,
      targetType: "person",
      contactInformation: { contactType: "email", subType: "home", value: "Ada.Lovelace@Example.ORG" },
      sourceServiceArea: { area: "housing", isDefault: true },
    });
    expect(email.contactInformation.value).toBe("Ada.Lovelace@example.org");
    const bad = housing().contactDetails.create({
      targetId: personId,
      targetType: "person",
      contactInformation: { contactType: "email", subType: "home", value: "not-an-email" },
      sourceServiceArea: { area: "housing", isDefault: false },
    });
    expect((await errorOf(bad)).code).toBe("BAD_REQUEST");
  });

  it("normalises a UK postcode, builds the one-line value, and refuses a sub-type that does not fit", async () => {
    const personId = await newPerson();
    const address = await housing().contactDetails.create({
      targetId: personId,
      targetType: "person",
      contactInformation: {
        contactType: "address",
        subType: "correspondenceAddress",
        addressExtended: {
          addressLine1: "1 Hillman Street",
          addressLine2: "London",
          postCode: "e81dy",
          uprn: "100021065786",
        },
      },
      sourceServiceArea: { area: "housing", isDefault: false },
    });
    expect(address.contactInformation.value).toBe("1 Hillman Street, London, E8 1DY");
    expect(address.contactInformation.addressExtended).toMatchObject({ postCode: "E8 1DY", uprn: "100021065786" });
    const mobileAddress = housing().contactDetails.create({
      targetId: personId,
      targetType: "person",
      contactInformation: {
        contactType: "address",
        subType: "mobile",
        addressExtended: { addressLine1: "2 Road", postCode: "E8 1DY" },
      },
      sourceServiceArea: { area: "housing", isDefault: false },
    });
    expect((await errorOf(mobileAddress)).code).toBe("BAD_REQUEST");
  });

  it("records a contact detail against a tenure, and refuses an unknown target", async () => {
    const unknown = housing().contactDetails.create({
      targetId: "9a1b2c3d-0000-4000-8000-000000000000",
      targetType: "tenure",
      contactInformation: { contactType: "phone", subType: "work", value: "020 7946 0001" },
      sourceServiceArea: { area: "housing", isDefault: false },
    });
    expect((await errorOf(unknown)).code).toBe("BAD_REQUEST");
  });
});

describe("defaults, history and limits", () => {
  it("keeps at most one default per type within an area", async () => {
    const personId = await newPerson();
    const first = await phone(personId, "07700 900201", { isDefault: true });
    const second = await phone(personId, "07700 900202", { isDefault: true });
    const { results } = await housing().contactDetails.list({ targetId: personId, includeHistoric: false });
    expect(results.filter((r) => r.sourceServiceArea.isDefault).map((r) => r.id)).toEqual([second.id]);
    const again = await housing().contactDetails.update({
      id: first.id,
      version: (await housing().contactDetails.get({ id: first.id })).version,
      data: { sourceServiceArea: { isDefault: true } },
    });
    expect(again.sourceServiceArea.isDefault).toBe(true);
    expect((await housing().contactDetails.get({ id: second.id })).sourceServiceArea.isDefault).toBe(false);
  });

  it("never overwrites a value: marking historic keeps the record, readable on request", async () => {
    const personId = await newPerson();
    const old = await phone(personId, "07700 900301");
    const historic = await housing().contactDetails.update({ id: old.id, version: 1, data: { isActive: false } });
    expect(historic).toMatchObject({ isActive: false, version: 2, contactInformation: { value: "+447700900301" } });
    expect(historic.endedAt).not.toBeNull();
    expect((await housing().contactDetails.list({ targetId: personId, includeHistoric: false })).results).toEqual([]);
    expect((await housing().contactDetails.list({ targetId: personId, includeHistoric: true })).results).toHaveLength(
      1,
    );
    const changeValue = housing().contactDetails.update({
      id: old.id,
      version: 2,
      data: { value: "07700 900999" } as never,
    });
    expect((await errorOf(changeValue)).code).toBe("BAD_REQUEST");
  });

  it("counts a record past its valid-until date as historic", async () => {
    const personId = await newPerson();
    const record = await phone(personId, "07700 900401");
    await database.db.contactDetail.update({ where: { id: record.id }, data: { validUntil: new Date("2020-01-01") } });
    expect((await housing().contactDetails.get({ id: record.id })).isActive).toBe(false);
    expect((await housing().contactDetails.list({ targetId: personId, includeHistoric: false })).results).toEqual([]);
  });

  it("refuses a sixth active phone in an area with a message saying so; historic ones do not count", async () => {
    const personId = await newPerson();
    const phones = [];
    for (let i = 0; i < 5; i += 1) phones.push(await phone(personId, `07700 90050${i}`));
    const sixth = await errorOf(phone(personId, "07700 900509"));
    expect(sixth.code).toBe("BAD_REQUEST");
    expect(sixth.message).toMatch(/already has 5 active phone numbers for housing/);
    await housing().contactDetails.update({ id: phones[0]?.id ?? "", version: 1, data: { isActive: false } });
    await expect(phone(personId, "07700 900509")).resolves.toMatchObject({ isActive: true });
  });

  it("refuses a stale version with a conflict", async () => {
    const personId = await newPerson();
    const record = await phone(personId, "07700 900601");
    await housing().contactDetails.update({
      id: record.id,
      version: 1,
      data: { contactInformation: { description: "Work" } },
    });
    const stale = housing().contactDetails.update({ id: record.id, version: 1, data: { isActive: false } });
    expect((await errorOf(stale)).code).toBe("CONFLICT");
  });
});

describe("events and the preferred method", () => {
  it("records add, update and deactivate events that show in the person's activity", async () => {
    const personId = await newPerson();
    const record = await phone(personId, "07700 900701");
    await housing().contactDetails.update({
      id: record.id,
      version: 1,
      data: { contactInformation: { description: "Evenings" } },
    });
    await housing().contactDetails.update({ id: record.id, version: 2, data: { isActive: false } });
    const events = await database.db.domainEvent.findMany({
      where: { entityId: record.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.eventType)).toEqual([
      "ContactDetailAddedEvent",
      "ContactDetailUpdatedEvent",
      "ContactDetailDeactivatedEvent",
    ]);
    expect(events[1]).toMatchObject({
      correlationId: "corr-contact",
      oldData: { description: "Daughter's mobile" },
      newData: { description: "Evenings" },
    });
    const activity = await housing().person.activity({ id: personId });
    expect(activity.results[0]).toMatchObject({
      eventType: "ContactDetailDeactivatedEvent",
      subject: "+447700900701",
      changes: [{ field: "isActive", oldValue: true, newValue: false }],
    });
  });

  it("keeps a preferred contact method per person and area", async () => {
    const personId = await newPerson();
    const methods = await housing().contactDetails.setPreferredMethod({
      personId,
      serviceArea: "housing",
      method: "email",
    });
    expect(methods).toMatchObject([{ serviceArea: "housing", method: "email" }]);
    expect(
      await callerFor(database.db, actorWithRole("finance-officer")).contactDetails.preferredMethods({ personId }),
    ).toEqual([]);
  });

  it("looks up the addresses the property register holds at a postcode", async () => {
    await makeAsset(database.db, { addressLine1: "10 Lookup Road", postCode: "N16 7AB" });
    await makeAsset(database.db, { addressLine1: "2 Lookup Road", postCode: "N16 7AB" });
    const found = await housing().contactDetails.lookUpAddresses({ postcode: "n167ab" });
    expect(found.results.map((r) => r.singleLineAddress)).toEqual([
      "2 Lookup Road, N16 7AB",
      "10 Lookup Road, N16 7AB",
    ]);
  });
});

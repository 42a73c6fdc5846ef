import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addHouseholdMember, makeTenure, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

let database: TestDatabase;
const officer = actorWithRole("housing-officer");

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

const asOfficer = (correlationId?: string) => callerFor(database.db, officer, correlationId ? { correlationId } : {});

async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a TRPCError, got ${String(error)}`);
  return error;
}

const eventsFor = (entityId: string) =>
  database.db.domainEvent.findMany({ where: { entityId }, orderBy: { sequence: "asc" } });

describe("creating a person", () => {
  it("assigns a reference number and version 1 and records PersonCreatedEvent with the user and correlation id", async () => {
    const person = await asOfficer("corr-create-1").person.create(personInput({ middleName: "Ngozi" }));
    expect(person.personRef).toBeGreaterThan(0);
    expect(person.version).toBe(1);
    expect(person.isAMinor).toBe(false);
    expect(person.createdBy).toEqual({ id: officer.id, name: officer.name, email: officer.email });
    const [event] = await eventsFor(person.id);
    expect(event).toMatchObject({
      eventType: "PersonCreatedEvent",
      sourceDomain: "person",
      entityVersion: 1,
      correlationId: "corr-create-1",
      user: { id: officer.id },
      oldData: null,
    });
    expect(event?.newData).toMatchObject({ firstName: "Amara", middleName: "Ngozi", dateOfBirth: "1985-06-15" });
  });

  it("lists every invalid field at once", async () => {
    const error = await trpcError(
      asOfficer().person.create({
        firstName: "<b>Bold</b>",
        surname: "",
        personTypes: [],
        reason: "x",
        dateOfBirth: "2999-01-01",
      } as never),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const paths = (error.cause as unknown as { issues: { path: string[] }[] }).issues.map((issue) =>
      issue.path.join("."),
    );
    expect(paths).toEqual(expect.arrayContaining(["firstName", "surname", "personTypes", "dateOfBirth", "title"]));
  });

  it("does not ask housing officers for a title or date of birth", async () => {
    const person = await asOfficer().person.create({
      firstName: "Sam",
      surname: "Staff",
      personTypes: ["HousingOfficer"],
      reason: "New patch officer",
    });
    expect(person.title).toBeNull();
    expect(person.isAMinor).toBeNull();
  });

  it("refuses dates of birth before 1900 and dates of death before birth", async () => {
    const before1900 = await trpcError(asOfficer().person.create(personInput({ dateOfBirth: "1899-12-31" })));
    expect(before1900.code).toBe("BAD_REQUEST");
    const deathFirst = await trpcError(
      asOfficer().person.create(personInput({ dateOfBirth: "1980-01-01", dateOfDeath: "1979-12-31" })),
    );
    expect(deathFirst.code).toBe("BAD_REQUEST");
  });

  it("gives concurrent creates distinct, consecutive reference numbers", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => asOfficer().person.create(personInput())));
    const refs = people.map((p) => p.personRef).sort((a, b) => a - b);
    expect(new Set(refs).size).toBe(12);
    expect((refs.at(-1) ?? 0) - (refs[0] ?? 0)).toBe(11);
  });

  it("uses up no reference number and writes nothing when a create fails", async () => {
    const before = await asOfficer().person.create(personInput());
    const count = await database.db.person.count();
    const error = await trpcError(
      asOfficer().person.create(personInput({ tenures: [{ tenureId: "7b0c8f8e-3a51-4a53-9a0e-0a4b3f1f6c11" }] })),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await database.db.person.count()).toBe(count);
    const after = await asOfficer().person.create(personInput());
    expect(after.personRef).toBe(before.personRef + 1);
  });

  it("keeps an id the client supplies and refuses a second person with it", async () => {
    const id = "0d6b4c38-5a0e-4d0b-9d3f-6f7a1b2c3d4e";
    const person = await asOfficer().person.create(personInput({ id }));
    expect(person.id).toBe(id);
    const error = await trpcError(asOfficer().person.create(personInput({ id })));
    expect(error.code).toBe("CONFLICT");
  });

  it("links the tenures given, with the person tenure type the tenure's kind implies", async () => {
    const tenure = await makeTenure(database.db);
    const person = await asOfficer().person.create(
      personInput({ tenures: [{ tenureId: tenure.id, isResponsible: true }] }),
    );
    expect(person.tenures).toMatchObject([{ id: tenure.id, isActive: true, isResponsible: true, type: "Secure" }]);
  });
});

describe("viewing a person", () => {
  it("answers NOT_FOUND for an unknown id", async () => {
    const error = await trpcError(asOfficer().person.get({ id: "5f0c8f8e-3a51-4a53-9a0e-0a4b3f1f6c11" }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("computes isAMinor and lists active tenures first, then secure, then newest", async () => {
    const person = await asOfficer().person.create(personInput({ dateOfBirth: "2015-03-01" }));
    const ended = await makeTenure(database.db, {
      startOfTenureDate: new Date("2021-01-01"),
      endOfTenureDate: new Date("2022-01-01"),
    });
    const introductory = await makeTenure(database.db, {
      tenureTypeCode: "INT",
      startOfTenureDate: new Date("2023-01-01"),
    });
    const secure = await makeTenure(database.db, { startOfTenureDate: new Date("2019-01-01") });
    for (const tenure of [ended, introductory, secure])
      await addHouseholdMember(database.db, tenure.id, person.id, false);
    const viewed = await asOfficer().person.get({ id: person.id });
    expect(viewed.isAMinor).toBe(true);
    expect(viewed.tenures.map((t) => t.id)).toEqual([secure.id, introductory.id, ended.id]);
    expect(viewed.tenures.map((t) => t.isActive)).toEqual([true, true, false]);
  });
});

describe("editing a person", () => {
  it("changes only the fields sent, clears a field sent as null, and records exactly the changed fields", async () => {
    const person = await asOfficer().person.create(personInput({ middleName: "Ada", placeOfBirth: "Lagos" }));
    const updated = await asOfficer("corr-edit-1").person.update({
      id: person.id,
      version: 1,
      data: { firstName: "Amarachi", middleName: null, placeOfBirth: "Lagos" },
    });
    expect(updated).toMatchObject({ firstName: "Amarachi", middleName: null, placeOfBirth: "Lagos", version: 2 });
    expect(updated.surname).toBe(person.surname);
    const events = await eventsFor(person.id);
    expect(events.at(-1)).toMatchObject({
      eventType: "PersonUpdatedEvent",
      entityVersion: 2,
      correlationId: "corr-edit-1",
      oldData: { firstName: "Amara", middleName: "Ada" },
      newData: { firstName: "Amarachi", middleName: null },
    });
  });

  it("writes nothing and emits no event for an edit that changes nothing", async () => {
    const person = await asOfficer().person.create(personInput());
    const same = await asOfficer().person.update({ id: person.id, version: 1, data: { firstName: person.firstName } });
    expect(same.version).toBe(1);
    expect(same.modifiedAt).toBe(person.modifiedAt);
    expect(await eventsFor(person.id)).toHaveLength(1);
  });

  it("refuses a stale version with a conflict naming both versions, and writes nothing", async () => {
    const person = await asOfficer().person.create(personInput());
    await asOfficer().person.update({ id: person.id, version: 1, data: { firstName: "First" } });
    const error = await trpcError(
      asOfficer().person.update({ id: person.id, version: 1, data: { firstName: "Second" } }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("version 1");
    expect(error.message).toContain("version 2");
    expect((await asOfficer().person.get({ id: person.id })).firstName).toBe("First");
  });

  it("lets exactly one of several parallel edits of the same version through", async () => {
    const person = await asOfficer().person.create(personInput());
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        asOfficer().person.update({ id: person.id, version: 1, data: { firstName: `Parallel${i}` } }),
      ),
    );
    const succeeded = results.filter((r) => r.status === "fulfilled");
    const conflicts = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof TRPCError && r.reason.code === "CONFLICT",
    );
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(7);
    expect((await asOfficer().person.get({ id: person.id })).version).toBe(2);
  });

  it("refuses a date of death before the stored date of birth", async () => {
    const person = await asOfficer().person.create(personInput({ dateOfBirth: "1990-05-05" }));
    const error = await trpcError(
      asOfficer().person.update({ id: person.id, version: 1, data: { dateOfDeath: "1990-05-04" } }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("does not let person types or the reason be edited here", async () => {
    const person = await asOfficer().person.create(personInput());
    const error = await trpcError(
      asOfficer().person.update({ id: person.id, version: 1, data: { personTypes: ["Leaseholder"] } as never }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });
});

describe("finding persons", () => {
  it("looks up by first name, last name and date of birth, ignoring case", async () => {
    const person = await asOfficer().person.create(personInput({ firstName: "Zebedee", dateOfBirth: "1971-07-07" }));
    const page = await asOfficer().person.find({ lastName: person.surname.toUpperCase(), dateOfBirth: "1971-07-07" });
    expect(page.total).toBe(1);
    expect(page.results[0]?.id).toBe(person.id);
  });

  it("shows likely duplicates with their reasons: a typo, swapped names, the same address", async () => {
    const tenure = await makeTenure(database.db);
    const existing = await asOfficer().person.create(
      personInput({
        firstName: "Jonathan",
        surname: "Pemberton",
        dateOfBirth: "1966-02-11",
        tenures: [{ tenureId: tenure.id }],
      }),
    );
    const typo = await asOfficer().person.checkDuplicates({
      firstName: "Jonathan",
      surname: "Pembertin",
      dateOfBirth: "1966-02-11",
    });
    const found = typo.candidates.find((c) => c.person.id === existing.id);
    expect(found?.reasons).toEqual(["similarName", "sameDateOfBirth"]);
    expect(found?.explanation).toBe("Similar name and same date of birth");

    const swapped = await asOfficer().person.checkDuplicates({ firstName: "Pemberton", surname: "Jonathan" });
    expect(swapped.candidates.find((c) => c.person.id === existing.id)?.reasons).toContain("swappedNames");

    const household = await asOfficer().person.checkDuplicates({
      firstName: "Nobody",
      surname: "Similar",
      tenureIds: [tenure.id],
    });
    expect(household.candidates.find((c) => c.person.id === existing.id)?.reasons).toEqual(["sameAddress"]);
  });
});

describe("who may do what", () => {
  it("lets any staff role read but only housing roles create, and integration services create but not edit", async () => {
    const person = await asOfficer().person.create(personInput());
    await expect(
      callerFor(database.db, actorWithRole("finance-officer")).person.get({ id: person.id }),
    ).resolves.toBeTruthy();
    const financeCreate = await trpcError(
      callerFor(database.db, actorWithRole("finance-officer")).person.create(personInput()),
    );
    expect(financeCreate.code).toBe("FORBIDDEN");
    const integration = callerFor(database.db, actorWithRole("integration-service"));
    await expect(integration.person.create(personInput())).resolves.toBeTruthy();
    const integrationEdit = await trpcError(
      integration.person.update({ id: person.id, version: 1, data: { firstName: "No" } }),
    );
    expect(integrationEdit.code).toBe("FORBIDDEN");
    const anonymous = await trpcError(callerFor(database.db, null).person.get({ id: person.id }));
    expect(anonymous.code).toBe("UNAUTHORIZED");
  });

  it("lists a person's changes in the activity history, newest first", async () => {
    const person = await asOfficer().person.create(personInput());
    await asOfficer().person.update({ id: person.id, version: 1, data: { surname: "Renamed" } });
    const activity = await asOfficer().person.activity({ id: person.id });
    expect(activity.total).toBe(2);
    expect(activity.results[0]).toMatchObject({
      eventType: "PersonUpdatedEvent",
      user: { name: officer.name },
      changes: [{ field: "surname", oldValue: person.surname, newValue: "Renamed" }],
    });
  });
});

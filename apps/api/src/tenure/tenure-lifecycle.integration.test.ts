import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockOnDay } from "../kernel/clock.ts";
import { makeAsset, makeTenureType, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

// The product's today is fixed, so whether a tenure is active never depends on the real date.
const clock = clockOnDay("2025-06-01");
let database: TestDatabase;
const as = (role: TRole) => callerFor(database.db, actorWithRole(role), { clock });
let sequence = 0;
const reference = () => `${71_000_000 + (sequence += 1)}`;

beforeAll(async () => {
  database = await createTestDatabase();
  await makeTenureType(database.db, "SEC", "Tenancy");
  await makeTenureType(database.db, "LEA", "Leasehold");
});
afterAll(async () => {
  await database.drop();
});

const home = () => makeAsset(database.db);
const secureFrom = (assetId: string, startOfTenureDate: string) => ({
  paymentReference: reference(),
  tenureTypeCode: "SEC",
  assetId,
  startOfTenureDate,
});

describe("starting a tenancy", () => {
  it("starts a tenure with its tenure holder and household member, whose person types follow", async () => {
    const holder = await as("housing-officer").person.create(personInput({ personTypes: ["HouseholdMember"] }));
    const member = await as("housing-officer").person.create(personInput({ personTypes: ["Tenant"] }));
    const tenure = await as("housing-officer").tenure.create({
      ...secureFrom((await home()).id, "2024-04-01"),
      householdMembers: [
        { personId: holder.id, isResponsible: true },
        { personId: member.id, isResponsible: false },
      ],
    });
    expect(tenure.householdMembers).toMatchObject([
      { id: holder.id, isResponsible: true, personTenureType: "Tenant" },
      { id: member.id, isResponsible: false, personTenureType: "HouseholdMember" },
    ]);
    expect((await as("housing-officer").person.get({ id: holder.id })).personTypes).toEqual(["Tenant"]);
    expect((await as("housing-officer").person.get({ id: member.id })).personTypes).toEqual(["HouseholdMember"]);
    const events = await database.db.domainEvent.findMany({
      where: { entityId: tenure.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.eventType)).toEqual([
      "TenureCreatedEvent",
      "HouseholdMemberAddedEvent",
      "HouseholdMemberAddedEvent",
    ]);
  });

  it("refuses a tenure on a home already let over those days with 409 naming the home, and nothing is written", async () => {
    const dwelling = await home();
    const first = await as("housing-officer").tenure.create(secureFrom(dwelling.id, "2024-04-01"));
    const person = await as("housing-officer").person.create(personInput());
    const second = {
      ...secureFrom(dwelling.id, "2025-01-01"),
      householdMembers: [{ personId: person.id, isResponsible: true }],
    };
    await expect(as("housing-officer").tenure.create(second)).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { details: { fieldErrors: [{ path: "assetId" }] } },
    });
    expect(await database.db.tenure.count({ where: { assetId: dwelling.id } })).toBe(1);
    expect((await as("housing-officer").person.get({ id: person.id })).personTypes).toEqual(["Tenant"]);

    await as("housing-officer").tenure.end({
      id: first.id,
      version: first.version,
      endOfTenureDate: "2024-12-31",
      terminationReason: "Tenant gave notice",
    });
    const next = await as("housing-officer").tenure.create(second);
    expect(next.householdMembers.map((m) => m.id)).toEqual([person.id]);
    // Nor may the ended tenure be reopened over the new one.
    await expect(
      as("housing-officer").tenure.update({ id: first.id, version: 2, data: { endOfTenureDate: null } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { details: { fieldErrors: [{ path: "data.endOfTenureDate" }] } },
    });
  });
});

describe("ending a tenancy, and the tenure types", () => {
  it("ends a tenure on a day no earlier than its start, for a reason from the list, once", async () => {
    const tenure = await as("housing-officer").tenure.create(secureFrom((await home()).id, "2024-04-01"));
    const end = (endOfTenureDate: string, terminationReason = "Tenant died") =>
      as("housing-officer").tenure.end({
        id: tenure.id,
        version: tenure.version,
        endOfTenureDate,
        terminationReason,
      } as never);
    await expect(end("2024-03-31")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { details: { fieldErrors: [{ path: "endOfTenureDate" }] } },
    });
    await expect(end("2025-01-01", "Fancied a change")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Choose why the tenancy is ending") as unknown,
    });
    const ended = await end("2025-01-01");
    expect(ended).toMatchObject({
      isActive: false,
      isTerminated: true,
      endOfTenureDate: "2025-01-01",
      terminationReason: "Tenant died",
    });
    await expect(
      as("housing-officer").tenure.end({
        id: tenure.id,
        version: ended.version,
        endOfTenureDate: "2025-02-01",
        terminationReason: "Other",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("offers the tenure types by description", async () => {
    const types = await as("finance-officer").tenure.types();
    expect(types.results).toEqual(
      expect.arrayContaining([
        { code: "LEA", description: "LEA" },
        { code: "SEC", description: "Secure" },
      ]),
    );
  });
});

describe("tenancies over REST", () => {
  it("refuses staff without a housing role with 403, a bad field with 400 naming it, a let home with 409", async () => {
    const server = await startTestServer(database.db);
    try {
      const call = async (role: TRole, method: string, path: string, body?: object, ifMatch?: string) => {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${await server.tokenFor(role)}`,
            ...(body ? { "content-type": "application/json" } : {}),
            ...(ifMatch ? { "if-match": ifMatch } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const dwelling = await home();
      const person = await as("housing-officer").person.create(personInput());
      const created = await call("housing-officer", "POST", "/api/v1/tenures", secureFrom(dwelling.id, "2024-04-01"));
      expect(created.status).toBe(201);
      const id = String(created.body.id);
      const member = `/api/v1/tenures/${id}/household-members/${person.id}`;
      const end = { endOfTenureDate: "2025-01-01", terminationReason: "Eviction" };

      expect(
        (await call("finance-officer", "POST", "/api/v1/tenures", secureFrom((await home()).id, "2024-04-01"))).status,
      ).toBe(403);
      expect((await call("finance-officer", "PUT", member, { isResponsible: true })).status).toBe(403);
      expect((await call("finance-officer", "DELETE", member)).status).toBe(403);
      expect((await call("finance-officer", "POST", `/api/v1/tenures/${id}/end`, end, '"1"')).status).toBe(403);

      const unknownPerson = await call("housing-officer", "POST", "/api/v1/tenures", {
        ...secureFrom((await home()).id, "2024-04-01"),
        householdMembers: [{ personId: "6d1f4e0a-0000-4000-8000-000000000000", isResponsible: true }],
      });
      expect(unknownPerson).toMatchObject({
        status: 400,
        body: { fieldErrors: [{ path: "householdMembers.0.personId" }] },
      });
      const noReason = await call(
        "housing-officer",
        "POST",
        `/api/v1/tenures/${id}/end`,
        { endOfTenureDate: "2025-01-01" },
        '"1"',
      );
      expect(noReason).toMatchObject({ status: 400, body: { fieldErrors: [{ path: "terminationReason" }] } });
      const let_ = await call("housing-officer", "POST", "/api/v1/tenures", secureFrom(dwelling.id, "2024-06-01"));
      expect(let_).toMatchObject({ status: 409, body: { fieldErrors: [{ path: "assetId" }] } });

      expect((await call("housing-officer", "PUT", member, { isResponsible: true })).status).toBe(200);
      expect((await call("housing-officer", "DELETE", member)).status).toBe(200);
      const ended = await call("housing-officer", "POST", `/api/v1/tenures/${id}/end`, end, '"1"');
      expect(ended).toMatchObject({
        status: 200,
        body: { endOfTenureDate: "2025-01-01", terminationReason: "Eviction" },
      });
      const types = await call("finance-officer", "GET", "/api/v1/tenure-types");
      expect(types.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe("a tenure's activity", () => {
  it("lists the tenure's, its household's and its alerts' changes newest first, naming the people", async () => {
    const holder = await as("housing-officer").person.create(personInput({ firstName: "Ottilie" }));
    const member = await as("housing-officer").person.create(personInput({ firstName: "Barnaby" }));
    const tenure = await as("housing-officer").tenure.create({
      ...secureFrom((await home()).id, "2024-04-01"),
      householdMembers: [{ personId: holder.id, isResponsible: true }],
    });
    await as("housing-officer").tenure.addHouseholdMember({
      tenureId: tenure.id,
      personId: member.id,
      isResponsible: false,
    });
    await as("housing-officer").tenure.removeHouseholdMember({ tenureId: tenure.id, personId: member.id });
    await as("housing-officer").tenure.end({
      id: tenure.id,
      version: tenure.version,
      endOfTenureDate: "2025-01-01",
      terminationReason: "Eviction",
    });
    const activity = await as("finance-officer").tenure.activity({ id: tenure.id, page: 1, pageSize: 10 });
    expect(activity.total).toBe(5);
    expect(activity.results.map((event) => [event.eventType, event.subject])).toEqual([
      ["TenureUpdatedEvent", null],
      ["HouseholdMemberRemovedEvent", `Ms Barnaby ${member.surname}`],
      ["HouseholdMemberAddedEvent", `Ms Barnaby ${member.surname}`],
      ["HouseholdMemberAddedEvent", `Ms Ottilie ${holder.surname}`],
      ["TenureCreatedEvent", null],
    ]);
    expect(activity.results[0]?.changes).toEqual(
      expect.arrayContaining([{ field: "terminationReason", oldValue: null, newValue: "Eviction" }]),
    );
    await expect(
      as("housing-officer").tenure.activity({ id: "6d1f4e0a-0000-4000-8000-000000000000", page: 1, pageSize: 10 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

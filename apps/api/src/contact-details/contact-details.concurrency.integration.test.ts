import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { afterAll, beforeAll, expect, it } from "vitest";
import { systemClock } from "../kernel/clock.ts";
import { PostgresSearchEngine } from "../search/postgres/postgres-search-engine.ts";
import { rebuildSearchIndex } from "../search/rebuild-search-index.ts";
import { personInput } from "../testing/factories.ts";
import { inParallel, onRealPostgres } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor, drainOutbox, startTestServer } from "../testing/test-kit.ts";

// Each rule is raced several times: an interleaving that breaks it shows up in most rounds.
const rounds = 5;

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
const tokens = new Map<TRole, string>();

onRealPostgres("contact-detail rules under parallel requests (real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.db);
    await rebuildSearchIndex({ db: database.db, search: new PostgresSearchEngine(database.db), clock: systemClock });
    for (const role of ["housing-officer", "social-care-officer"] as const)
      tokens.set(role, await server.tokenFor(role));
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const role = headers["x-role"] === "social-care-officer" ? "social-care-officer" : "housing-officer";
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.get(role) ?? ""}`,
        ...(body ? { "content-type": "application/json" } : {}),
        ...Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "x-role")),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
  }

  const newPerson = async () =>
    (await callerFor(database.db, actorWithRole("housing-officer")).person.create(personInput())).id;

  const phone = (targetId: string, index: number, isDefault = false, area = "housing") => ({
    targetId,
    targetType: "person",
    contactInformation: { contactType: "phone", subType: "mobile", value: `07700 9${String(index).padStart(5, "0")}` },
    sourceServiceArea: { area, isDefault },
  });

  const storedPhones = (targetId: string) =>
    database.db.contactDetail.findMany({ where: { targetId, contactType: "phone", serviceArea: "housing" } });

  it("ten parallel adds to a person with four active phones: exactly one succeeds, five are active", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      for (let i = 0; i < 4; i += 1)
        expect((await call("POST", "/api/v1/contact-details", phone(personId, i))).status).toBe(201);

      const results = await inParallel(10, (i) => call("POST", "/api/v1/contact-details", phone(personId, 10 + i)));

      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      const refused = results.filter((r) => r.status !== 201);
      expect(refused.map((r) => r.status)).toEqual(Array(9).fill(400));
      expect(refused[0]?.body).toMatchObject({
        fieldErrors: [{ path: "contactInformation.value", message: "There can be at most 5 active phone numbers" }],
      });
      expect((await storedPhones(personId)).filter((p) => p.isActive)).toHaveLength(5);
    }
  });

  it("reactivating historic phones in parallel never takes a person past five active", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      const created = [];
      for (let i = 0; i < 6; i += 1)
        created.push((await call("POST", "/api/v1/contact-details", phone(personId, i))).body);
      // Six were refused one: make two historic, then race to bring both back with one free place.
      expect(created.filter((c) => typeof c.id === "string")).toHaveLength(5);
      const [first, second] = created as { id: string }[];
      for (const record of [first, second]) {
        const res = await call(
          "PUT",
          `/api/v1/contact-details/${record?.id ?? ""}`,
          { isActive: false },
          { "if-match": '"1"' },
        );
        expect(res.status).toBe(200);
      }
      expect((await call("POST", "/api/v1/contact-details", phone(personId, 50))).status).toBe(201);

      const results = await inParallel(2, (i) =>
        call(
          "PUT",
          `/api/v1/contact-details/${[first, second][i]?.id ?? ""}`,
          { isActive: true },
          { "if-match": '"2"' },
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
      expect((await storedPhones(personId)).filter((p) => p.isActive)).toHaveLength(5);
    }
  });

  it("parallel creates marked default leave exactly one default, and each create succeeds", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      const results = await inParallel(4, (i) => call("POST", "/api/v1/contact-details", phone(personId, i, true)));
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect((await storedPhones(personId)).filter((p) => p.isDefault)).toHaveLength(1);
    }
  });

  it("two parallel 'make default' on two records leave exactly one default", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      const a = (await call("POST", "/api/v1/contact-details", phone(personId, 1))).body;
      const b = (await call("POST", "/api/v1/contact-details", phone(personId, 2))).body;
      const results = await inParallel(2, (i) =>
        call(
          "PUT",
          `/api/v1/contact-details/${String([a, b][i]?.id)}`,
          { sourceServiceArea: { isDefault: true } },
          { "if-match": '"1"' },
        ),
      );
      // The first to commit may be cleared by the second (its version moves on): both saves are honest.
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      expect((await storedPhones(personId)).filter((p) => p.isDefault)).toHaveLength(1);
    }
  });

  it("two parallel grants of one record to social care: one is in force, the other is a 409; a withdrawal hides it everywhere", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      const record = (await call("POST", "/api/v1/contact-details", phone(personId, 1))).body;
      const grant = { grantedToArea: "social-care", consentedBy: "The resident, by phone" };

      const results = await inParallel(2, () =>
        call("POST", `/api/v1/contact-details/${String(record.id)}/consents`, grant),
      );

      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const inForce = await database.db.contactConsent.findMany({
        where: { contactDetailId: String(record.id), revokedAt: null },
      });
      expect(inForce).toHaveLength(1);

      const socialCare = { "x-role": "social-care-officer" };
      const searchByPhone = async () => {
        await drainOutbox(database.db, new PostgresSearchEngine(database.db));
        const found = await call("GET", "/api/v1/search/persons?searchText=07700900001", undefined, socialCare);
        return (found.body.results as { persons: { id: string }[] }).persons.map((p) => p.id);
      };
      expect(await searchByPhone()).toContain(personId);
      expect((await call("GET", `/api/v1/contact-details/${String(record.id)}`, undefined, socialCare)).status).toBe(
        200,
      );
      const withdrawn = await call(
        "DELETE",
        `/api/v1/contact-details/${String(record.id)}/consents/${inForce[0]?.id ?? ""}`,
      );
      expect(withdrawn.status).toBe(200);
      expect((await call("GET", `/api/v1/contact-details/${String(record.id)}`, undefined, socialCare)).status).toBe(
        404,
      );
      const list = await call("GET", `/api/v1/contact-details?targetId=${personId}`, undefined, socialCare);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toContain(String(record.id));
      expect(await searchByPhone()).not.toContain(personId);
    }
  });

  it("parallel changes of a preferred contact method all save, leaving one preference per area", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const personId = await newPerson();
      const housing = callerFor(database.db, actorWithRole("housing-officer"));
      const methods = ["phone", "email", "post", "phone"] as const;
      await inParallel(4, (i) =>
        housing.contactDetails.setPreferredMethod({ personId, serviceArea: "housing", method: methods[i] ?? null }),
      );
      expect(await database.db.personContactPreference.count({ where: { personId } })).toBe(1);
    }
  });
});

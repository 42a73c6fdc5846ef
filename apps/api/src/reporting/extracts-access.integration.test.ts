import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { extractClient, jsonLines } from "../testing/extract-client.ts";
import { actorWithRole, callerFor, startTestServer } from "../testing/test-kit.ts";

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startTestServer>>;
let getExtract: ReturnType<typeof extractClient>;
let personId: string;
let socialCareRecordId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database.db);
  getExtract = extractClient(server);
  const person = await callerFor(database.db, actorWithRole("housing-officer")).person.create(personInput());
  personId = person.id;
  const socialCare = callerFor(database.db, actorWithRole("social-care-officer"));
  const record = await socialCare.contactDetails.create({
    targetId: person.id,
    targetType: "person",
    contactInformation: { contactType: "phone", subType: "mobile", value: "07700 900123" },
    sourceServiceArea: { area: "social-care", isDefault: true },
  });
  socialCareRecordId = record.id;
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await server.tokenFor("reporting")}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.status;
}

describe("who may read the extracts", () => {
  it.each([
    "persons",
    "contact-details",
    "assets",
    "tenures",
    "household-members",
    "rent-accounts",
    "charges",
    "transactions",
  ])("the reporting role reads the %s extract", async (entity) => {
    expect((await getExtract(entity, {}, "reporting")).status).toBe(200);
  });

  it("the reporting role may say who it is, and nothing else: writes and other reads are refused", async () => {
    const me = await callerFor(database.db, actorWithRole("reporting")).auth.me();
    expect(me).toMatchObject({ roles: ["reporting"], serviceAreas: ["housing"] });
    expect(await call("POST", "/api/v1/persons", personInput())).toBe(403);
    expect(await call("GET", `/api/v1/persons/${personId}`)).toBe(403);
    expect(await call("GET", "/api/v1/search/persons/export?searchText=Okafor")).toBe(403);
    const trpc = callerFor(database.db, actorWithRole("reporting"));
    await expect(trpc.person.get({ id: personId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.each(["rent-accounts", "charges", "transactions"])(
    "a housing officer is refused the finance extract %s, which a finance officer reads",
    async (entity) => {
      expect((await getExtract(entity, {}, "housing-officer")).status).toBe(403);
      expect((await getExtract(entity, {}, "finance-officer")).status).toBe(200);
    },
  );

  it("a housing officer reads the housing extracts", async () => {
    expect((await getExtract("persons", {}, "housing-officer")).status).toBe(200);
  });
});

describe("contact details in the extract", () => {
  const idsFor = async (role: "reporting" | "housing-officer" | "social-care-officer", query = {}) =>
    jsonLines((await getExtract("contact-details", query, role)).text).map((record) => record.id);

  it("another area's record is hidden until it is shared with housing, then appears, in the next incremental load too", async () => {
    expect(await idsFor("reporting")).not.toContain(socialCareRecordId);
    expect(await idsFor("housing-officer")).not.toContain(socialCareRecordId);
    expect(await idsFor("social-care-officer")).toContain(socialCareRecordId);
    const before = (await getExtract("contact-details", {}, "reporting")).asOf;

    await callerFor(database.db, actorWithRole("social-care-officer")).contactDetails.grantConsent({
      contactDetailId: socialCareRecordId,
      grantedToArea: "housing",
      consentedBy: "The resident, by phone",
    });

    expect(await idsFor("reporting")).toContain(socialCareRecordId);
    expect(await idsFor("housing-officer")).toContain(socialCareRecordId);
    expect(await idsFor("reporting", { modifiedSince: before })).toEqual([socialCareRecordId]);
  });
});

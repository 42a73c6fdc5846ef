import type { TRole } from "@housing/schemas/auth";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";

// The heart of contact details: a user sees and changes only their own areas' records, plus
// records another area shared with theirs by a consent in force. Nothing else leaks anywhere.

let database: TestDatabase;
let personId: string;
const records: Record<string, string> = {};

const as = (role: TRole) => callerFor(database.db, actorWithRole(role));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => "ok",
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : String(error);
}

async function addPhone(role: TRole, area: "housing" | "social-care" | "finance", number: string) {
  const created = await as(role).contactDetails.create({
    targetId: personId,
    targetType: "person",
    contactInformation: { contactType: "phone", subType: "mobile", value: number },
    sourceServiceArea: { area, isDefault: false },
  });
  return created.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  personId = (await as("housing-officer").person.create(personInput())).id;
  records.housingPhone = await addPhone("housing-officer", "housing", "07700 900001");
  records.socialCarePrivate = await addPhone("social-care-officer", "social-care", "07700 900002");
  records.socialCareShared = await addPhone("social-care-officer", "social-care", "07700 900003");
  records.socialCareRevoked = await addPhone("social-care-officer", "social-care", "07700 900004");
  records.socialCareExpired = await addPhone("social-care-officer", "social-care", "07700 900005");
  records.financePhone = await addPhone("finance-officer", "finance", "07700 900006");

  const socialCare = as("social-care-officer");
  await socialCare.contactDetails.grantConsent({
    contactDetailId: records.socialCareShared,
    grantedToArea: "housing",
    consentedBy: "The resident, by phone",
  });
  const revoked = await socialCare.contactDetails.grantConsent({
    contactDetailId: records.socialCareRevoked,
    grantedToArea: "housing",
    consentedBy: "The resident, in person",
  });
  await socialCare.contactDetails.revokeConsent({
    contactDetailId: records.socialCareRevoked,
    consentId: revoked.consents[0]?.id ?? "",
  });
  // A consent that ran out yesterday: the API refuses to record a past date, so write it directly.
  await database.db.contactConsent.create({
    data: {
      contactDetailId: records.socialCareExpired,
      grantedToArea: "housing",
      consentedBy: "The resident",
      grantedBy: { id: "x", name: "x", email: "x@example.org" },
      validUntil: new Date(Date.now() - 86_400_000),
    },
  });
});
afterAll(async () => {
  await database.drop();
});

const visibility: [TRole, string[]][] = [
  ["housing-officer", ["housingPhone", "socialCareShared"]],
  ["housing-manager", ["housingPhone", "socialCareShared"]],
  ["integration-service", ["housingPhone", "socialCareShared"]],
  ["social-care-officer", ["socialCarePrivate", "socialCareShared", "socialCareRevoked", "socialCareExpired"]],
  ["finance-officer", ["financePhone"]],
  [
    "admin",
    ["housingPhone", "socialCarePrivate", "socialCareShared", "socialCareRevoked", "socialCareExpired", "financePhone"],
  ],
];

describe.each(visibility)("a %s", (role, visibleNames) => {
  const hiddenNames = () => Object.keys(records).filter((name) => !visibleNames.includes(name));

  it("lists exactly the records of their areas and those shared with them", async () => {
    const { results } = await as(role).contactDetails.list({ targetId: personId, includeHistoric: true });
    expect(results.map((r) => r.id).sort()).toEqual(visibleNames.map((name) => records[name]).sort());
  });

  it("gets NOT_FOUND, not FORBIDDEN, for every record hidden from them", async () => {
    for (const name of hiddenNames()) {
      expect(await codeOf(as(role).contactDetails.get({ id: records[name] ?? "" }))).toBe("NOT_FOUND");
      expect(
        await codeOf(
          as(role).contactDetails.update({ id: records[name] ?? "", version: 1, data: { isActive: false } }),
        ),
      ).toBe("NOT_FOUND");
    }
  });

  it("sees no trace of hidden records in the person's activity history", async () => {
    const hidden = new Set(hiddenNames().map((name) => records[name]));
    const activity = await as(role).person.activity({ id: personId, pageSize: 100 });
    expect(activity.results.filter((event) => hidden.has(event.entityId))).toEqual([]);
    expect(activity.total).toBe(activity.results.length);
  });
});

describe("shared records", () => {
  it("are readable by the area they were shared with but changeable only by the owner", async () => {
    const shared = await as("housing-officer").contactDetails.get({ id: records.socialCareShared ?? "" });
    expect(shared.isOwnedByCaller).toBe(false);
    expect(
      await codeOf(
        as("housing-officer").contactDetails.update({
          id: shared.id,
          version: shared.version,
          data: { isActive: false },
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("disappear from the other area as soon as consent is revoked", async () => {
    const socialCare = as("social-care-officer");
    const id = await addPhone("social-care-officer", "social-care", "07700 900007");
    const granted = await socialCare.contactDetails.grantConsent({
      contactDetailId: id,
      grantedToArea: "finance",
      consentedBy: "Resident",
    });
    expect(await codeOf(as("finance-officer").contactDetails.get({ id }))).toBe("ok");
    const again = { contactDetailId: id, grantedToArea: "finance" as const, consentedBy: "Resident again" };
    expect(await codeOf(socialCare.contactDetails.grantConsent(again))).toBe("CONFLICT");
    await socialCare.contactDetails.revokeConsent({ contactDetailId: id, consentId: granted.consents[0]?.id ?? "" });
    expect(await codeOf(as("finance-officer").contactDetails.get({ id }))).toBe("NOT_FOUND");
    // Once withdrawn, the resident's new consent can be recorded.
    expect((await socialCare.contactDetails.grantConsent(again)).consents).toHaveLength(2);
  });

  it("cannot be shared by an area that does not own them", async () => {
    expect(
      await codeOf(
        as("housing-officer").contactDetails.grantConsent({
          contactDetailId: records.socialCareShared ?? "",
          grantedToArea: "finance",
          consentedBy: "Resident",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("cannot be recorded for another area", async () => {
    expect(await codeOf(addPhone("housing-officer", "social-care", "07700 900008"))).toBe("FORBIDDEN");
  });
});

import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor } from "../testing/test-kit.ts";
import { defaultAccessPolicy } from "../auth/access-policy.ts";

let database: TestDatabase;
const officer = actorWithRole("housing-officer");
const manager = actorWithRole("housing-manager");
const socialCare = actorWithRole("social-care-officer");

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof TRPCError ? error.code : `no TRPCError: ${String(error)}`;
}

const newPerson = () => callerFor(database.db, officer).person.create(personInput());

describe("equality and identity data", () => {
  it("is readable and changeable by housing managers, versioned, and every access audited", async () => {
    const person = await newPerson();
    const asManager = callerFor(database.db, manager, { correlationId: "corr-equality" });
    expect((await asManager.person.equality.get({ personId: person.id })).version).toBe(0);
    const saved = await asManager.person.equality.update({
      personId: person.id,
      version: 0,
      data: { gender: "Female", nationality: "British", languages: [{ language: "Yoruba", isPrimary: true }] },
    });
    expect(saved).toMatchObject({ gender: "Female", version: 1, languages: [{ language: "Yoruba", isPrimary: true }] });
    expect(
      await codeOf(asManager.person.equality.update({ personId: person.id, version: 0, data: { gender: "Male" } })),
    ).toBe("CONFLICT");
    const withDocument = await asManager.person.equality.addIdentification({
      personId: person.id,
      identificationType: "NationalInsurance",
      value: "QQ123456C",
      isOriginalDocumentSeen: true,
    });
    expect(withDocument.identifications).toMatchObject([
      { identificationType: "NationalInsurance", value: "QQ123456C" },
    ]);
    const audit = await database.db.sensitiveDataAudit.findMany({ where: { personId: person.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["read", "update", "update", "update"]);
    expect(audit.every((a) => a.correlationId === "corr-equality")).toBe(true);
  });

  it("is refused to housing officers by default, with the refusal leaving no data behind", async () => {
    const person = await newPerson();
    expect(await codeOf(callerFor(database.db, officer).person.equality.get({ personId: person.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await database.db.sensitiveDataAudit.count({ where: { personId: person.id } })).toBe(0);
  });

  it("follows the configured roles", async () => {
    const person = await newPerson();
    const caller = callerFor(database.db, officer, {
      access: { ...defaultAccessPolicy, equalityDataRoles: ["housing-officer"] },
    });
    await expect(caller.person.equality.get({ personId: person.id })).resolves.toMatchObject({ personId: person.id });
  });
});

describe("data held for one service area", () => {
  it("is returned only to users of that area", async () => {
    const person = await newPerson();
    const asSocialCare = callerFor(database.db, socialCare);
    await asSocialCare.person.serviceAreaData.save({
      personId: person.id,
      serviceArea: "social-care",
      version: 0,
      data: { communicationNeeds: "Prefers written contact", interpreterLanguage: "Somali" },
    });
    expect(await asSocialCare.person.serviceAreaData.list({ personId: person.id })).toMatchObject([
      { serviceArea: "social-care", data: { communicationNeeds: "Prefers written contact" }, version: 1 },
    ]);
    expect(await callerFor(database.db, officer).person.serviceAreaData.list({ personId: person.id })).toEqual([]);
  });

  it("cannot be written for another area", async () => {
    const person = await newPerson();
    const attempt = callerFor(database.db, officer).person.serviceAreaData.save({
      personId: person.id,
      serviceArea: "social-care",
      version: 0,
      data: { notes: "Not mine to write" },
    });
    expect(await codeOf(attempt)).toBe("FORBIDDEN");
  });
});

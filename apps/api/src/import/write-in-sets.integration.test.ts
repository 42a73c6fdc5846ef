import type { Db } from "@housing/db/client";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultAccessPolicy } from "../auth/access-policy.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { makeTenureType, personInput } from "../testing/factories.ts";
import { onRealPostgres } from "../testing/real-postgres.ts";
import { actorWithRole, callerFor, silentLogger } from "../testing/test-kit.ts";
import { generateImportRows, type ImportFileRow, toJsonLines } from "./generate-import-file.ts";
import { readImportText } from "./import-file-reader.ts";
import { importActor, zeroCounts } from "./import-records.ts";
import { assignProvisionalPersonRefs } from "../person/person-refs.ts";
import { writeRowByRow } from "./row-by-row-writes.ts";
import { validateImportRows } from "./validate-import-rows.ts";
import { tryWriteInSets } from "./write-in-sets.ts";
import { type WriteMode, writeInOrder } from "./write-in-order.ts";

let inSets: TestDatabase;
let rowByRow: TestDatabase;

beforeAll(async () => {
  [inSets, rowByRow] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  for (const { db } of [inSets, rowByRow]) {
    await makeTenureType(db, "SEC", "Tenancy");
    await makeTenureType(db, "LEA", "Leasehold");
  }
});
afterAll(async () => {
  await Promise.all([inSets.drop(), rowByRow.drop()]);
});

/** An import's context whose clock moves on a millisecond each time it is read, so every write has its own stamp. */
function importContext(): Omit<DomainContext, "db"> {
  let tick = Date.parse("2026-03-02T09:00:00.000Z");
  return {
    actor: importActor,
    correlationId: "import-under-test",
    clock: { now: () => new Date((tick += 1)) },
    access: defaultAccessPolicy,
    logger: silentLogger,
  };
}

/** Every row the import writes and every event, in order; ids the database made up are numbered by first sight. */
async function snapshot(db: Db, idsInFile: ReadonlySet<string>) {
  const read = async (sql: string) => (await db.$queryRawUnsafe<{ row: unknown }[]>(sql)).map(({ row }) => row);
  const tables = {
    persons: await read(`SELECT to_jsonb(t) AS row FROM "Person" t ORDER BY "createdAt"`),
    assets: await read(`SELECT to_jsonb(t) AS row FROM "Asset" t ORDER BY "createdAt"`),
    tenures: await read(`SELECT to_jsonb(t) AS row FROM "Tenure" t ORDER BY "createdAt"`),
    members: await read(`SELECT to_jsonb(t) AS row FROM "HouseholdMember" t ORDER BY "addedAt", "personId"`),
    accounts: await read(`SELECT to_jsonb(t) AS row FROM "RentAccount" t ORDER BY "createdAt"`),
    charges: await read(`SELECT to_jsonb(t) AS row FROM "Charge" t ORDER BY "createdAt"`),
    transactions: await read(`SELECT to_jsonb(t) AS row FROM "Transaction" t ORDER BY "createdAt"`),
    events: await read(`SELECT to_jsonb(t) - 'id' - 'sequence' AS row FROM "DomainEvent" t ORDER BY sequence`),
    counters: await read(`SELECT to_jsonb(t) AS row FROM "ReferenceCounter" t ORDER BY name`),
  };
  let text = JSON.stringify(tables);
  const rowsWithIds = [
    tables.persons,
    tables.assets,
    tables.tenures,
    tables.accounts,
    tables.charges,
    tables.transactions,
  ];
  const madeUp = rowsWithIds.flat().flatMap((row) => {
    const { id } = row as { id: string };
    return idsInFile.has(id) ? [] : [id];
  });
  madeUp.forEach((id, index) => (text = text.replaceAll(id, `made-up-${index}`)));
  return JSON.parse(text) as typeof tables;
}

function validated(rows: readonly ImportFileRow[]) {
  const { records, rejections } = validateImportRows(readImportText(toJsonLines(rows), "jsonl").rows);
  expect(rejections).toEqual([]);
  return records;
}

describe("writing import rows in sets", () => {
  it("writes the rows, versions, stamps and events that writing each row through the API's own write does", async () => {
    const generated = generateImportRows({ rows: 400, seed: 71 });
    const dwelling = generated.find((row) => row.assetType === "Dwelling");
    const [account, otherAccount] = generated.filter((row) => row.type === "rentAccount");
    const records = validated([
      ...generated,
      // The fields the generated file leaves out: no ids, an ended tenure, a named account, a masked bank account.
      {
        type: "asset",
        assetType: "Garage",
        propertyReference: "SETS-G1",
        addressLine1: "Garage 1",
        parentId: dwelling?.parentId,
      },
      {
        type: "person",
        id: "5c7d0f8e-1a2b-4c3d-9e8f-7a6b5c4d3e20",
        title: "Dr",
        firstName: "Aurelia",
        middleName: "June",
        surname: "Pemberton-Ngata",
        dateOfBirth: "1961-07-30",
        personTypes: ["Tenant"],
        reason: "Loaded from the housing register",
      },
      // Joining two households changes her person types twice: two updates of the person, each with its event.
      {
        type: "householdMember",
        tenureId: account?.tenureId,
        personId: "5c7d0f8e-1a2b-4c3d-9e8f-7a6b5c4d3e20",
        isResponsible: false,
      },
      {
        type: "householdMember",
        tenureId: otherAccount?.tenureId,
        personId: "5c7d0f8e-1a2b-4c3d-9e8f-7a6b5c4d3e20",
        isResponsible: true,
      },
      {
        type: "transaction",
        id: "5c7d0f8e-1a2b-4c3d-9e8f-7a6b5c4d3e21",
        rentAccountId: account?.id,
        transactionType: "Payment",
        transactionSource: "BACS",
        transactionDate: "2025-05-01",
        transactionAmount: 12.5,
        bankAccountNumber: "12345678",
        sortCode: "12-34-56",
        senderName: "A Pemberton",
        fund: "HRA",
      },
    ]);

    const written = await inSets.db.$transaction(
      async (tx) => {
        // Numbered as the import numbers them: provisionally, until its end gives them theirs.
        const ctx: DomainContext = { ...importContext(), db: tx, personRefs: "provisional" };
        const wrote = await tryWriteInSets(tx, ctx, records);
        await assignProvisionalPersonRefs(tx, ctx.correlationId);
        return wrote;
      },
      { timeout: 60_000 },
    );
    await rowByRow.db.$transaction((tx) => writeRowByRow(tx, { ...importContext(), db: tx }, records), {
      timeout: 120_000,
    });

    expect(written).toBe(true);
    const idsInFile = new Set(
      records.flatMap((record) => ("id" in record.input && record.input.id ? [record.input.id] : [])),
    );
    const [expected, actual] = [await snapshot(rowByRow.db, idsInFile), await snapshot(inSets.db, idsInFile)];
    expect(actual.events.length).toBeGreaterThan(records.length);
    expect(actual).toEqual(expected);
  });
});

onRealPostgres("an import's persons and the person counter (real PostgreSQL)", () => {
  it("leaves the counter free while the import runs, then numbers its persons next, in file order, events included", async () => {
    const persons = ["Ada", "Bea", "Cy"].map((firstName, i) => ({
      type: "person" as const,
      title: "Mx",
      id: `6d8e1f9a-2b3c-4d5e-8f90-1a2b3c4d5e6${i}`,
      firstName,
      surname: "Counterfree",
      dateOfBirth: "1970-01-01",
      personTypes: ["Tenant"],
      reason: "Loaded from the housing register",
    }));
    const records = validated(persons);
    const officer = callerFor(inSets.db, actorWithRole("housing-officer"));
    let createdMeanwhile = 0;
    await inSets.db.$transaction(
      async (tx) => {
        const ctx: DomainContext = { ...importContext(), db: tx, personRefs: "provisional" };
        expect(await tryWriteInSets(tx, ctx, records)).toBe(true);
        // An officer's create, in a transaction of its own, while the import's is still open: it
        // would wait for the import to commit if the import held the counter (and give up after 10 s).
        const created = await officer.person.create(personInput({ surname: "Meanwhile" }));
        createdMeanwhile = created.personRef;
        await assignProvisionalPersonRefs(tx, ctx.correlationId);
      },
      { timeout: 60_000 },
    );
    const rows = await inSets.db.person.findMany({
      where: { surname: "Counterfree" },
      select: { id: true, personRef: true },
      orderBy: { personRef: "asc" },
    });
    expect(rows).toEqual(persons.map((p, i) => ({ id: p.id, personRef: createdMeanwhile + 1 + i })));
    const events = await inSets.db.domainEvent.findMany({
      where: { eventType: "PersonCreatedEvent", entityId: { in: persons.map((p) => p.id) } },
      select: { entityId: true, newData: true },
    });
    expect(new Map(events.map((e) => [e.entityId, (e.newData as { personRef: number }).personRef]))).toEqual(
      new Map(rows.map((row) => [row.id, row.personRef])),
    );
  });

  for (const mode of ["sets", "checking"] as const satisfies WriteMode[]) {
    it(`leaves the counter free for persons written through the API's write too (${mode})`, async () => {
      // A person with a link to another service is not written in a set but through writePerson.
      const persons = ["Dee", "Eve"].map((firstName, i) => ({
        type: "person" as const,
        title: "Mx",
        id: `7e9f2a0b-3c4d-4e5f-9a01-2b3c4d5e6f7${mode === "sets" ? i : i + 2}`,
        firstName,
        surname: `Linked${mode}`,
        dateOfBirth: "1971-01-01",
        personTypes: ["Tenant"],
        reason: "Loaded from the housing register",
        links: [{ rel: "socialcare", externalId: `SC-${firstName}` }],
      }));
      const officer = callerFor(inSets.db, actorWithRole("housing-officer"));
      let createdMeanwhile = 0;
      await inSets.db.$transaction(
        async (tx) => {
          const ctx: DomainContext = { ...importContext(), db: tx, personRefs: "provisional" };
          const tally = { written: zeroCounts(), rejections: [] };
          await writeInOrder(tx, ctx, validated(persons), { tally, mode });
          expect(tally.written.person).toBe(2);
          createdMeanwhile = (await officer.person.create(personInput({ surname: "Meanwhile" }))).personRef;
          await assignProvisionalPersonRefs(tx, ctx.correlationId);
        },
        { timeout: 60_000 },
      );
      const rows = await inSets.db.person.findMany({
        where: { surname: `Linked${mode}` },
        select: { id: true, personRef: true },
        orderBy: { personRef: "asc" },
      });
      expect(rows).toEqual(persons.map((p, i) => ({ id: p.id, personRef: createdMeanwhile + 1 + i })));
    });
  }
});

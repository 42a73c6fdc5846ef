import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { transactionTextTotalsOutOfStep } from "@housing/db/testing/ledger-search-texts";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeTenure, makeTenureType, personInput } from "./factories.ts";
import { inParallel, onRealPostgres, outcome } from "./real-postgres.ts";
import { actorWithRole, callerFor } from "./test-kit.ts";

// Every rule outside contact details that reads before it writes, raced on the real server.
const rounds = 5;
let database: TestDatabase;
let sequence = 0;
const reference = () => `${60_000_000 + process.pid * 1000 + (sequence += 1)}`.slice(-9);
const as = (role: TRole, id?: string) => callerFor(database.db, actorWithRole(role, id));

const sorted = (values: string[]) => [...values].sort();

onRealPostgres("database-held rules under parallel requests (real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    await makeTenureType(database.db, "SEC", "Tenancy");
    await makeTenureType(database.db, "LEA", "Leasehold");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("a person added to two households at once gets the person types of both", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const lease = await makeTenure(database.db, { tenureTypeCode: "LEA" });
      const secure = await makeTenure(database.db, { tenureTypeCode: "SEC" });
      const person = await as("housing-officer").person.create(personInput());
      await inParallel(2, (i) =>
        as("integration-service").tenure.addHouseholdMember(
          i === 0
            ? { tenureId: lease.id, personId: person.id, isResponsible: true }
            : { tenureId: secure.id, personId: person.id, isResponsible: false },
        ),
      );
      expect((await as("housing-officer").person.get({ id: person.id })).personTypes).toEqual([
        "Leaseholder",
        "HouseholdMember",
      ]);
    }
  });

  it("the same member added twice at once is added once, then updated", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const tenure = await makeTenure(database.db);
      const person = await as("housing-officer").person.create(personInput());
      const results = await inParallel(2, () =>
        outcome(
          as("integration-service").tenure.addHouseholdMember({
            tenureId: tenure.id,
            personId: person.id,
            isResponsible: true,
          }),
        ),
      );
      expect(results).toEqual(["ok", "ok"]);
      const events = await database.db.domainEvent.findMany({ where: { entityId: tenure.id } });
      expect(sorted(events.map((e) => e.eventType))).toEqual([
        "HouseholdMemberAddedEvent",
        "HouseholdMemberUpdatedEvent",
      ]);
    }
  });

  it("parallel creates give every person their own reference number", async () => {
    const people = await inParallel(20, () => as("housing-officer").person.create(personInput()));
    expect(new Set(people.map((p) => p.personRef)).size).toBe(20);
  });

  it("an id a client sends in parallel creates makes one person; the others are 409s naming the id", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const id = crypto.randomUUID();
      const results = await inParallel(4, () => outcome(as("integration-service").person.create(personInput({ id }))));
      expect(sorted(results)).toEqual(["CONFLICT id", "CONFLICT id", "CONFLICT id", "ok"].sort());
      expect(await database.db.person.count({ where: { id } })).toBe(1);
    }
  });

  it("one payment reference, one tenure; one property reference, one asset", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const asset = await as("integration-service").asset.create({
        assetType: "Dwelling",
        propertyReference: reference(),
        addressLine1: "1 Race Street",
        postCode: "E8 1DY",
      });
      const paymentReference = reference();
      const tenures = await inParallel(3, () =>
        outcome(
          as("integration-service").tenure.create({
            paymentReference,
            tenureTypeCode: "SEC",
            assetId: asset.id,
            startOfTenureDate: "2024-04-01",
          }),
        ),
      );
      expect(sorted(tenures)).toEqual(sorted(["ok", "CONFLICT paymentReference", "CONFLICT paymentReference"]));

      const propertyReference = reference();
      const assets = await inParallel(3, () =>
        outcome(
          as("integration-service").asset.create({
            assetType: "Dwelling",
            propertyReference,
            addressLine1: "2 Race Street",
            postCode: "E8 1DY",
          }),
        ),
      );
      expect(sorted(assets)).toEqual(sorted(["ok", "CONFLICT propertyReference", "CONFLICT propertyReference"]));
      expect(await database.db.asset.count({ where: { propertyReference } })).toBe(1);
    }
  });

  it("one rent account per tenure, however many open it at once", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const tenure = await makeTenure(database.db);
      const results = await inParallel(4, () =>
        outcome(as("integration-service").finance.createRentAccount({ tenureId: tenure.id })),
      );
      expect(sorted(results)).toEqual(["CONFLICT tenureId", "CONFLICT tenureId", "CONFLICT tenureId", "ok"]);
      expect(await database.db.rentAccount.count({ where: { tenureId: tenure.id } })).toBe(1);
    }
  });

  it("a suspense payment takes one proposal at a time and is decided once", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const tenure = await makeTenure(database.db);
      const account = await as("integration-service").finance.createRentAccount({ tenureId: tenure.id });
      const payment = await as("integration-service").finance.recordTransaction({
        isSuspense: true,
        transactionType: "Payment",
        transactionSource: "BACS",
        transactionDate: "2025-06-12",
        transactionAmount: 40,
        paymentReference: reference(),
      });
      const proposals = await inParallel(3, (i) =>
        outcome(
          as("finance-officer", `finance-officer-${i}`).finance.proposeSuspenseMatch({
            transactionId: payment.id,
            rentAccountId: account.id,
            note: "Sender matches the tenant",
          }),
        ),
      );
      expect(sorted(proposals)).toEqual(["CONFLICT", "CONFLICT", "ok"]);
      const [proposal] = await database.db.suspenseResolution.findMany({ where: { transactionId: payment.id } });

      const decisions = await inParallel(3, (i) =>
        outcome(
          as("finance-manager", `finance-manager-${i}`).finance.decideSuspenseMatch({
            resolutionId: proposal?.id ?? "",
            approve: i !== 1,
          }),
        ),
      );
      expect(sorted(decisions)).toEqual(["CONFLICT", "CONFLICT", "ok"]);
      const after = await as("finance-officer").finance.account({ id: account.id });
      const approved = await database.db.suspenseResolution.count({
        where: { transactionId: payment.id, status: "Approved" },
      });
      expect(after.balance).toBe(approved === 1 ? 40 : 0);
    }
  });

  it("a text's count and amounts stay its rows' when payments with that text arrive at once", async () => {
    for (let round = 0; round < rounds; round += 1) {
      const accounts = await Promise.all(
        [0, 1].map(async () =>
          as("integration-service").finance.createRentAccount({ tenureId: (await makeTenure(database.db)).id }),
        ),
      );
      const sender = `MR RACE${process.pid}X${round}`;
      const paymentReference = reference();
      // The same new text on payments in suspense (no account row to queue them) and on two accounts.
      const results = await inParallel(9, (i) =>
        outcome(
          as("integration-service").finance.recordTransaction({
            ...(i % 3 === 0 ? { isSuspense: true } : { rentAccountId: accounts[i % 3 === 1 ? 0 : 1]?.id }),
            transactionType: "Payment",
            transactionSource: "BACS",
            transactionDate: "2025-06-12",
            transactionAmount: 10 + i,
            paymentReference,
            senderName: sender,
          }),
        ),
      );
      expect(results).toEqual(Array(9).fill("ok"));
      const search = (isSuspense: boolean) =>
        as("finance-officer").finance.transactions({ searchText: sender, isSuspense });
      expect(await search(true)).toMatchObject({ total: 3, totals: { transactionAmount: 10 + 13 + 16 } });
      expect((await search(false)).total).toBe(6);
      expect(await transactionTextTotalsOutOfStep(database.db)).toEqual([]);
    }
  });
});

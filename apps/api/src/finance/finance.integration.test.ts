import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import type { TRole } from "@housing/schemas/auth";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../composition/app-router.ts";
import { type Clock } from "../kernel/clock.ts";
import { createContextInner } from "../composition/context.ts";
import { affectedDocuments } from "../search/indexer/affected-documents.ts";
import { addHouseholdMember, makeTenure, makeTenureType, personInput } from "../testing/factories.ts";
import { actorWithRole, callerFor, silentLogger, startTestServer } from "../testing/test-kit.ts";
import { createCallerFactory } from "../http/trpc.ts";
import { ledgerBreaks, runningBalanceBreaks } from "../testing/finance-ledger-checks.ts";
import { transactionTextTotalsOutOfStep } from "@housing/db/testing/ledger-search-texts";
import { searchTransactionIds, type TransactionQuery } from "./transaction-search.repository.ts";

let database: TestDatabase;

// Every write a distinct instant, so the order transactions were applied in is the order of modifiedAt.
let instant = Date.parse("2025-06-01T09:00:00Z");
const tickingClock: Clock = { now: () => new Date((instant += 1_000)) };
const createCaller = createCallerFactory(appRouter);
const as = (role: TRole, id?: string) =>
  createCaller(
    createContextInner({ db: database.db, actor: actorWithRole(role, id), logger: silentLogger, clock: tickingClock }),
  ).finance;
const integration = () => as("integration-service");
const officer = () => as("finance-officer");
const manager = (id = "finance-manager-1") => as("finance-manager", id);

let sequence = 0;
const word = (prefix: string) => `${prefix}${process.pid}x${(sequence += 1)}`;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

beforeAll(async () => {
  database = await createTestDatabase();
  await makeTenureType(database.db, "SEC", "Tenancy");
});

afterAll(async () => {
  await database.drop();
});

async function newAccount() {
  const tenure = await makeTenure(database.db);
  const account = await integration().createRentAccount({ tenureId: tenure.id });
  return { tenure, account };
}

const payment = (rentAccountId: string, amount: number, extra: Record<string, unknown> = {}) =>
  integration().recordTransaction({
    rentAccountId,
    transactionType: "Payment",
    transactionSource: "BACS",
    transactionDate: "2025-06-10",
    transactionAmount: amount,
    ...extra,
  });

const suspensePayment = (paymentReference: string, amount: number, extra: Record<string, unknown> = {}) =>
  integration().recordTransaction({
    isSuspense: true,
    transactionType: "Payment",
    transactionSource: "BACS",
    transactionDate: "2025-06-12",
    transactionAmount: amount,
    paymentReference,
    ...extra,
  });

describe("rent accounts, charges and transactions from other council systems", () => {
  it("opens an account numbered by the tenure's payment reference, with tenants and weekly charges by type", async () => {
    const tenure = await makeTenure(database.db);
    const person = await callerFor(database.db, actorWithRole("housing-officer")).person.create(
      personInput({ firstName: "Ledger", surname: "Holder" }),
    );
    await addHouseholdMember(database.db, tenure.id, person.id);
    const account = await integration().createRentAccount({ tenureId: tenure.id });
    expect(account).toMatchObject({ rentAccountNumber: tenure.paymentReference, balance: 0, status: "Active" });
    expect(account.tenants).toEqual([{ id: person.id, fullName: "Ms Ledger Holder", isResponsible: true }]);

    const rent = await integration().addCharge({
      rentAccountId: account.id,
      charge: {
        chargeType: "DwellingRent",
        chargeCode: "DWR",
        description: "Dwelling rent",
        weeklyAmount: 120.45,
        startDate: "2024-04-01",
      },
    });
    await integration().addCharge({
      rentAccountId: account.id,
      charge: {
        chargeType: "ServiceCharge",
        chargeCode: "DCB",
        description: "Cleaning (block)",
        weeklyAmount: 4.1,
        startDate: "2024-04-01",
      },
    });
    const read = await as("housing-officer").account({ id: account.id });
    expect(read.weeklyCharges).toEqual({
      dwellingRent: 120.45,
      nonDwellingRent: 0,
      serviceCharges: 4.1,
      rentalServiceCharges: 0,
      total: 124.55,
    });

    await integration().endCharge({ id: rent.id, version: 1, endDate: "2024-12-31" });
    expect(await codeOf(integration().endCharge({ id: rent.id, version: 1, endDate: "2025-01-31" }))).toBe("CONFLICT");
    expect((await as("housing-officer").account({ id: account.id })).weeklyCharges.total).toBe(4.1);

    expect(await codeOf(integration().createRentAccount({ tenureId: tenure.id }))).toBe("CONFLICT");
    expect(await codeOf(as("housing-officer").createRentAccount({ tenureId: tenure.id }))).toBe("FORBIDDEN");
  });

  it("records a payment with its financial period, a masked bank account and an event the search indexer follows", async () => {
    const { tenure, account } = await newAccount();
    const recorded = await payment(account.id, 50.5, {
      bankAccountNumber: "12345678",
      sortCode: "12-34-56",
      senderName: "MS L HOLDER",
    });
    expect(recorded).toMatchObject({
      targetId: account.id,
      targetType: "RentAccount",
      isSuspense: false,
      transactionAmount: 50.5,
      paidAmount: 50.5,
      chargedAmount: 0,
      balanceAmount: 50.5,
      paymentReference: account.rentAccountNumber,
      bankAccountNumber: "******78",
      sortCode: "**-**-56",
      sender: { id: null, fullName: "MS L HOLDER" },
      address: account.address,
      fund: "HRA",
      financialYear: 2025,
      financialMonth: 3,
      periodNo: 11,
      suspenseResolutionInfo: null,
    });
    const stored = await database.db.transaction.findUniqueOrThrow({ where: { id: recorded.id } });
    expect(stored.bankAccountNumber).toBe("******78");

    const event = await database.db.domainEvent.findFirstOrThrow({ where: { entityId: recorded.id } });
    expect(event).toMatchObject({
      eventType: "TransactionRecordedEvent",
      sourceDomain: "finance",
      newData: { rentAccountId: account.id, tenureId: tenure.id },
    });
    expect(JSON.stringify(event.newData)).not.toContain("12345678");
    const affected = await affectedDocuments(database.db, [event]);
    expect([...affected.tenures]).toContain(tenure.id);
  });

  it("refuses a charge sent as money in, a suspense charge and an unknown account", async () => {
    const { account } = await newAccount();
    const charge = { transactionType: "Charge", transactionSource: "DEBIT", transactionDate: "2025-06-09" } as const;
    expect(
      await codeOf(integration().recordTransaction({ ...charge, rentAccountId: account.id, transactionAmount: 100 })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(
        integration().recordTransaction({ ...charge, isSuspense: true, paymentReference: "X1", transactionAmount: -1 }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(payment("6d1f4e0a-0000-4000-8000-000000000000", 10))).toBe("BAD_REQUEST");
    expect((await as("finance-officer").account({ id: account.id })).balance).toBe(0);
  });
});

describe("the balance invariant", () => {
  it("keeps every balance the sum of its transactions and each balanceAmount the running balance", async () => {
    const accounts = [await newAccount(), await newAccount()];
    for (const { account } of accounts) {
      for (const [type, amount] of [
        ["Adjustment", -310.07],
        ["Charge", -125.5],
        ["Payment", 125.5],
        ["Charge", -125.5],
        ["HousingBenefit", 90.01],
        ["Refund", -12.34],
        ["Payment", 0.1],
        ["Payment", 0.2],
      ] as const) {
        await integration().recordTransaction({
          rentAccountId: account.id,
          transactionType: type,
          transactionSource: "TEST",
          transactionDate: "2025-05-05",
          transactionAmount: amount,
        });
      }
    }
    const first = accounts[0]?.account.id ?? "";
    const suspense = await suspensePayment(word("REF"), 77.77);
    const proposal = await officer().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: first,
      note: "Reference is the account number with a digit missing",
    });
    await manager().decideSuspenseMatch({ resolutionId: proposal.id, approve: true });

    expect((await officer().account({ id: first })).balance).toBe(-279.83);
    expect(await ledgerBreaks(database.db)).toEqual({ wrongBalances: [], brokenChain: [], wrongClosing: [] });
    expect(
      await runningBalanceBreaks(
        database.db,
        accounts.map((a) => a.account.id),
      ),
    ).toEqual([]);
  });

  it("keeps the balance right when many payments reach one account at once", async () => {
    const { account } = await newAccount();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        callerFor(database.db, actorWithRole("integration-service")).finance.recordTransaction({
          rentAccountId: account.id,
          transactionType: "Payment",
          transactionSource: "DD",
          transactionDate: "2025-06-02",
          transactionAmount: 10 + i / 100,
        }),
      ),
    );
    const rows = await database.db.transaction.findMany({ where: { rentAccountId: account.id } });
    const balances = rows.map((row) => Number(row.balanceAmount)).sort((a, b) => a - b);
    expect(new Set(balances).size).toBe(12);
    expect((await officer().account({ id: account.id })).balance).toBe(120.66);
    expect(Math.max(...balances)).toBe(120.66);
    expect((await ledgerBreaks(database.db)).wrongBalances).toEqual([]);
    expect((await ledgerBreaks(database.db)).brokenChain).toEqual([]);
  });
});

describe("the suspense account", () => {
  it("moves an approved payment to the account in one step, with its balance and events", async () => {
    const { tenure, account } = await newAccount();
    await payment(account.id, 20);
    const suspense = await suspensePayment(word("RENT"), 45.25, { senderName: "J DOE", bankAccountNumber: "87654321" });
    expect(suspense).toMatchObject({
      isSuspense: true,
      targetId: null,
      targetType: null,
      balanceAmount: null,
      address: null,
    });

    const proposal = await officer().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Sender matches the tenant",
    });
    expect(proposal).toMatchObject({ status: "Proposed", proposedBy: { id: "finance-officer-1" } });
    expect((await officer().transaction({ id: suspense.id })).suspenseResolutionInfo?.id).toBe(proposal.id);

    const decided = await manager().decideSuspenseMatch({ resolutionId: proposal.id, approve: true, note: "Agreed" });
    expect(decided).toMatchObject({
      status: "Approved",
      decidedBy: { id: "finance-manager-1" },
      decisionNote: "Agreed",
    });
    const moved = await officer().transaction({ id: suspense.id });
    expect(moved).toMatchObject({
      isSuspense: false,
      targetId: account.id,
      balanceAmount: 65.25,
      version: 2,
      address: account.address,
      suspenseResolutionInfo: { status: "Approved" },
    });
    expect((await officer().account({ id: account.id })).balance).toBe(65.25);

    const events = await database.db.domainEvent.findMany({
      where: { entityId: suspense.id },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.eventType)).toEqual([
      "SuspensePaymentRecordedEvent",
      "SuspenseMatchProposedEvent",
      "SuspenseMatchApprovedEvent",
    ]);
    expect(events.at(-1)?.newData).toMatchObject({ rentAccountId: account.id, tenureId: tenure.id });
    expect(
      await codeOf(manager("finance-manager-2").decideSuspenseMatch({ resolutionId: proposal.id, approve: true })),
    ).toBe("CONFLICT");
    expect(
      await codeOf(
        officer().proposeSuspenseMatch({ transactionId: suspense.id, rentAccountId: account.id, note: "Again" }),
      ),
    ).toBe("CONFLICT");
  });

  it("leaves a rejected payment in suspense, open to a new proposal, one at a time", async () => {
    const { account } = await newAccount();
    const suspense = await suspensePayment(word("REF"), 30);
    const first = await officer().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Looks like this one",
    });
    expect(
      await codeOf(
        officer().proposeSuspenseMatch({ transactionId: suspense.id, rentAccountId: account.id, note: "Twice" }),
      ),
    ).toBe("CONFLICT");
    const rejected = await manager().decideSuspenseMatch({
      resolutionId: first.id,
      approve: false,
      note: "Wrong name",
    });
    expect(rejected.status).toBe("Rejected");
    expect(await officer().transaction({ id: suspense.id })).toMatchObject({
      isSuspense: true,
      targetId: null,
      balanceAmount: null,
      version: 1,
      suspenseResolutionInfo: { status: "Rejected", decisionNote: "Wrong name" },
    });
    expect((await officer().account({ id: account.id })).balance).toBe(0);
    const events = await database.db.domainEvent.findMany({ where: { entityId: suspense.id } });
    expect(events.map((e) => e.eventType)).toContain("SuspenseMatchRejectedEvent");
    await officer().proposeSuspenseMatch({ transactionId: suspense.id, rentAccountId: account.id, note: "Second try" });
  });

  it("needs four eyes: no one decides their own proposal, and an officer decides none", async () => {
    const { account } = await newAccount();
    const suspense = await suspensePayment(word("REF"), 12);
    const own = await manager().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Found it",
    });
    const refusal = await manager()
      .decideSuspenseMatch({ resolutionId: own.id, approve: true })
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TRPCError);
    expect(refusal).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("another finance manager") });
    expect(await codeOf(officer().decideSuspenseMatch({ resolutionId: own.id, approve: true }))).toBe("FORBIDDEN");
    expect((await officer().transaction({ id: suspense.id })).isSuspense).toBe(true);
    expect(
      (await manager("finance-manager-2").decideSuspenseMatch({ resolutionId: own.id, approve: true })).status,
    ).toBe("Approved");
  });

  it("records every step in the payment's activity history, newest first, for finance roles only", async () => {
    const { account } = await newAccount();
    const suspense = await suspensePayment(word("REF"), 19.99, { senderName: "MS A N OTHER" });
    const first = await officer().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Same surname",
    });
    await manager().decideSuspenseMatch({ resolutionId: first.id, approve: false, note: "Different initial" });
    const second = await officer().proposeSuspenseMatch({
      transactionId: suspense.id,
      rentAccountId: account.id,
      note: "Bank confirmed the payer",
    });
    await manager().decideSuspenseMatch({ resolutionId: second.id, approve: true });

    const activity = await officer().transactionActivity({ id: suspense.id, page: 1, pageSize: 10 });
    expect(activity.total).toBe(5);
    expect(activity.results.map((event) => [event.eventType, event.user.id])).toEqual([
      ["SuspenseMatchApprovedEvent", "finance-manager-1"],
      ["SuspenseMatchProposedEvent", "finance-officer-1"],
      ["SuspenseMatchRejectedEvent", "finance-manager-1"],
      ["SuspenseMatchProposedEvent", "finance-officer-1"],
      ["SuspensePaymentRecordedEvent", "integration-service-1"],
    ]);
    const change = (index: number, field: string) =>
      activity.results[index]?.changes.find((candidate) => candidate.field === field);
    expect(change(0, "rentAccountId")).toEqual({ field: "rentAccountId", oldValue: null, newValue: account.id });
    expect(change(0, "balanceAmount")?.newValue).toBe("19.99");
    expect(change(1, "note")?.newValue).toBe("Bank confirmed the payer");
    expect(change(2, "decisionNote")?.newValue).toBe("Different initial");

    const paged = await officer().transactionActivity({ id: suspense.id, page: 2, pageSize: 2 });
    expect(paged.results.map((event) => event.eventType)).toEqual([
      "SuspenseMatchRejectedEvent",
      "SuspenseMatchProposedEvent",
    ]);
    expect(
      await codeOf(
        officer().transactionActivity({ id: "00000000-0000-4000-8000-000000000000", page: 1, pageSize: 10 }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(as("housing-officer").transactionActivity({ id: suspense.id, page: 1, pageSize: 10 }))).toBe(
      "FORBIDDEN",
    );
  });

  it("shows transactions, bank details and the suspense account to finance roles only", async () => {
    const { account } = await newAccount();
    await payment(account.id, 5);
    for (const role of ["housing-officer", "housing-manager", "social-care-officer", "integration-service"] as const) {
      expect(await codeOf(as(role).transactions({ isSuspense: true }))).toBe("FORBIDDEN");
      expect(await codeOf(as(role).transactions({ targetId: account.id }))).toBe("FORBIDDEN");
      expect(
        await codeOf(
          as(role).proposeSuspenseMatch({ transactionId: account.id, rentAccountId: account.id, note: "x" }),
        ),
      ).toBe("FORBIDDEN");
    }
    for (const role of ["finance-officer", "finance-manager", "admin"] as const) {
      expect((await as(role).transactions({ targetId: account.id })).total).toBe(1);
    }
  });
});

describe("transaction search", () => {
  it("finds by text, account, dates and suspense flag, newest first, paged, with totals of all found", async () => {
    const { account } = await newAccount();
    const { account: other } = await newAccount();
    const sender = word("Quorndon");
    const day = (d: number) => `2025-07-${String(d).padStart(2, "0")}`;
    for (const d of [1, 8, 15, 22]) {
      await payment(account.id, 100, { transactionDate: day(d), senderName: `MR ${sender}` });
    }
    await integration().recordTransaction({
      rentAccountId: account.id,
      transactionType: "Charge",
      transactionSource: "DEBIT",
      transactionDate: day(7),
      transactionAmount: -110,
    });
    await payment(other.id, 33, { transactionDate: day(3), senderName: "SOMEONE ELSE", bankAccountNumber: "99990042" });
    const strayReference = word("RENT 100%_");
    await suspensePayment(strayReference, 61, { transactionDate: day(9), senderName: `MRS ${sender}` });

    const finance = officer();
    const byAccount = await finance.transactions({ targetId: account.id });
    expect(byAccount.total).toBe(5);
    expect(byAccount.results.transactions.map((t) => t.transactionDate)).toEqual([
      day(22),
      day(15),
      day(8),
      day(7),
      day(1),
    ]);
    expect(byAccount.totals).toEqual({ transactionAmount: 290, paidAmount: 400, chargedAmount: -110 });

    const paged = await finance.transactions({ targetId: account.id, page: 2, pageSize: 2 });
    expect(paged.results.transactions.map((t) => t.transactionDate)).toEqual([day(8), day(7)]);
    expect(paged.total).toBe(5);

    const byText = await finance.transactions({ searchText: sender.toLowerCase(), isSuspense: false });
    expect(byText.total).toBe(4);
    expect(byText.results.transactions[0]?.transactionDate).toBe(day(22));
    const suspenseOnly = await finance.transactions({ searchText: sender, isSuspense: true });
    expect(suspenseOnly.results.transactions.map((t) => t.paymentReference)).toEqual([strayReference]);
    expect(suspenseOnly.results.transactions[0]).toMatchObject({ isSuspense: true, targetId: null });

    const inDates = { searchText: sender, startDate: day(8), endDate: day(15) };
    const accountedInDates = await finance.transactions({ ...inDates, isSuspense: false });
    expect(accountedInDates.results.transactions.map((t) => t.transactionDate)).toEqual([day(15), day(8)]);
    expect(accountedInDates.totals.paidAmount).toBe(200);
    const suspenseInDates = await finance.transactions({ ...inDates, isSuspense: true });
    expect(suspenseInDates.results.transactions.map((t) => t.transactionDate)).toEqual([day(9)]);
    expect(suspenseInDates.totals.paidAmount).toBe(61);

    // % and _ are the characters, not wildcards.
    expect((await finance.transactions({ searchText: strayReference, isSuspense: true })).total).toBe(1);
    expect((await finance.transactions({ searchText: `${sender} 1%_`, isSuspense: true })).total).toBe(0);
    expect((await finance.transactions({ searchText: "******42", targetId: other.id })).total).toBe(1);
    expect((await finance.transactions({ searchText: account.address, targetId: account.id })).total).toBe(5);
    expect(await codeOf(finance.transactions({ startDate: day(9), endDate: day(1) }))).toBe("BAD_REQUEST");
  });

  it("leaves payments in suspense out when isSuspense is not sent, unless a suspense status asks for them", async () => {
    const { account } = await newAccount();
    const sender = word("Defaulton");
    await payment(account.id, 40, { senderName: `MR ${sender}` });
    const stray = await suspensePayment(word("LOST"), 25, { senderName: `MR ${sender}` });

    const finance = officer();
    const unsaid = await finance.transactions({ searchText: sender });
    expect(unsaid.results.transactions.map((t) => t.isSuspense)).toEqual([false]);
    expect(unsaid).toMatchObject({ total: 1, results: { total: 1 }, totals: { transactionAmount: 40 } });
    expect((await finance.transactions({ searchText: sender, isSuspense: true })).results.transactions).toEqual([
      expect.objectContaining({ id: stray.id, isSuspense: true }),
    ]);
    const awaiting = await finance.transactions({ searchText: sender, suspenseStatus: "AwaitingMatch" });
    expect(awaiting.results.transactions.map((t) => t.id)).toEqual([stray.id]);
  });
});

describe("transaction search through the ledger's texts", () => {
  it("finds a payment moved out of suspense by its account's address, the text it has since", async () => {
    const { account } = await newAccount();
    const sender = word("Movedon");
    const stray = await suspensePayment(word("LOST"), 30, { senderName: `Zoë ${sender}` });
    const proposal = await officer().proposeSuspenseMatch({
      transactionId: stray.id,
      rentAccountId: account.id,
      note: "Tenant rang",
    });
    await manager().decideSuspenseMatch({ resolutionId: proposal.id, approve: true });

    const found = await officer().transactions({ searchText: `${account.address} ${sender}`, isSuspense: false });
    expect(found.results.transactions.map((t) => t.id)).toEqual([stray.id]);
    expect((await officer().transactions({ searchText: `zoë ${sender.toUpperCase()}` })).total).toBe(1);
  });

  it("finds the same rows when the words are in more texts than it looks up one by one", async () => {
    const { account } = await newAccount();
    const sender = word("Manytexts");
    for (const [i, amount] of [11, 12, 13].entries()) {
      await payment(account.id, amount, { senderName: `${sender} ${i}`, transactionDate: `2025-06-1${i}` });
    }
    const query = {
      words: [sender.toLowerCase()],
      isSuspense: false,
      sortBy: "transactionAmount" as const,
      isDesc: true,
      skip: 0,
      take: 12,
    };
    const byText = await searchTransactionIds(database.db, query);
    expect(byText).toMatchObject({ total: 3, totals: { transactionAmount: 36 } });
    // Three texts, looked up at most two: every row is read and checked instead.
    expect(await searchTransactionIds(database.db, query, 2)).toEqual(byText);
  });

  it("totals words alone from the texts' totals, the same as the rows', through payments, charges and suspense", async () => {
    const { account } = await newAccount();
    const sender = word("Totalled");
    const charge = { transactionType: "Charge", transactionSource: "DEBIT", transactionDate: "2025-06-09" } as const;
    await integration().recordTransaction({ ...charge, rentAccountId: account.id, transactionAmount: -120.5 });
    await payment(account.id, 80.25, { senderName: `MRS ${sender}` });
    await payment(account.id, 19.75, { senderName: `MRS ${sender}`, bankAccountNumber: "12345678" });
    const moved = await suspensePayment(word("LOST"), 33.3, { senderName: `MR ${sender}` });
    await suspensePayment(word("LOST"), 7, { senderName: `MR ${sender}` });
    const proposal = await officer().proposeSuspenseMatch({
      transactionId: moved.id,
      rentAccountId: account.id,
      note: "Rang",
    });
    await manager().decideSuspenseMatch({ resolutionId: proposal.id, approve: true });

    const queryOf = (words: readonly string[], isSuspense: boolean, startDate?: Date): TransactionQuery => ({
      words: [...words],
      isSuspense,
      startDate,
      sortBy: "transactionDate",
      isDesc: true,
      skip: 0,
      take: 12,
    });
    const search = (words: readonly string[], isSuspense: boolean) =>
      searchTransactionIds(database.db, queryOf(words, isSuspense));
    for (const [words, isSuspense] of [
      [[sender.toLowerCase()], false],
      [[sender.toLowerCase()], true],
      [[sender.toLowerCase(), "mrs"], false],
      [[account.rentAccountNumber], false],
      [[], false],
      [[], true],
    ] as const) {
      const found = await search(words, isSuspense);
      // A date filter makes the search count its rows one by one: both ways must agree.
      expect(found).toEqual(
        await searchTransactionIds(database.db, queryOf(words, isSuspense, new Date("1900-01-01"))),
      );
      // The texts looked up at most one at a time: the texts' totals are found by their words instead.
      expect(await searchTransactionIds(database.db, queryOf(words, isSuspense), 1)).toEqual(found);
    }
    expect((await search([sender.toLowerCase()], false)).totals).toEqual({
      transactionAmount: 133.3,
      paidAmount: 133.3,
      chargedAmount: 0,
    });
    expect((await search([sender.toLowerCase()], true)).total).toBe(1);
    expect(await transactionTextTotalsOutOfStep(database.db)).toEqual([]);
  });

  it("records payments with the same new text at once, each found, the text kept once", async () => {
    const { account } = await newAccount();
    const sender = word("Together");
    const recorded = await Promise.all(
      Array.from({ length: 8 }, () => payment(account.id, 5, { senderName: sender, bankAccountNumber: "11112222" })),
    );
    const found = await officer().transactions({ searchText: sender, pageSize: 20 });
    expect(found.results.transactions.map((t) => t.id).sort()).toEqual(recorded.map((r) => r.id).sort());
    const [texts] = await database.db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "TransactionSearchText" WHERE text LIKE $1`,
      `${sender} %`,
    );
    expect(texts?.count).toBe(1);
    // Eight statements moved the one text's totals at once; none was lost.
    expect(found).toMatchObject({ total: 8, totals: { transactionAmount: 40 } });
    expect(await transactionTextTotalsOutOfStep(database.db)).toEqual([]);
  });
});

describe("the suspense account list", () => {
  it("finds payments awaiting a match or with a match proposed, sorted by date or amount either way", async () => {
    const sender = word("Trace");
    const day = (d: number) => `2025-08-${String(d).padStart(2, "0")}`;
    const received = [
      { amount: 12.5, date: day(4) },
      { amount: 300, date: day(2) },
      { amount: 45, date: day(9) },
    ];
    const [small, large, middle] = await Promise.all(
      received.map(({ amount, date }) =>
        suspensePayment(word("REF"), amount, { transactionDate: date, senderName: `MR ${sender}` }),
      ),
    );
    const { account } = await newAccount();
    await officer().proposeSuspenseMatch({ transactionId: middle?.id ?? "", rentAccountId: account.id, note: "Found" });

    const ids = async (input: Record<string, unknown>) =>
      (await officer().transactions({ searchText: sender, isSuspense: true, ...input })).results.transactions.map(
        (t) => t.id,
      );
    expect(await ids({})).toEqual([middle?.id, small?.id, large?.id]);
    expect(await ids({ isDesc: false })).toEqual([large?.id, small?.id, middle?.id]);
    expect(await ids({ sortBy: "transactionAmount" })).toEqual([large?.id, middle?.id, small?.id]);
    expect(await ids({ sortBy: "transactionAmount", isDesc: false })).toEqual([small?.id, middle?.id, large?.id]);

    expect(await ids({ suspenseStatus: "Proposed" })).toEqual([middle?.id]);
    expect(await ids({ suspenseStatus: "AwaitingMatch", sortBy: "transactionAmount" })).toEqual([large?.id, small?.id]);
    const proposed = await officer().transactions({ searchText: sender, suspenseStatus: "Proposed" });
    expect(proposed.results.transactions[0]?.suspenseResolutionInfo).toMatchObject({
      status: "Proposed",
      proposedRentAccountId: account.id,
      proposedBy: { id: "finance-officer-1" },
    });
    expect(proposed.totals.transactionAmount).toBe(45);

    // A rejected match leaves the payment awaiting a new one.
    const open = proposed.results.transactions[0]?.suspenseResolutionInfo?.id ?? "";
    await manager().decideSuspenseMatch({ resolutionId: open, approve: false });
    expect(await ids({ suspenseStatus: "AwaitingMatch", isDesc: false })).toEqual([large?.id, small?.id, middle?.id]);

    const refusal = await officer()
      .transactions({ isSuspense: false, suspenseStatus: "Proposed" })
      .catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "BAD_REQUEST" });
    expect(await codeOf(officer().transactions({ sortBy: "sender" as "transactionDate" }))).toBe("BAD_REQUEST");
  });
});

describe("the finance REST routes", () => {
  it("answer with status codes, ETags and the OpenAPI document, and refuse non-finance readers", async () => {
    const server = await startTestServer(database.db);
    try {
      const call = async (role: TRole, method: string, path: string, body?: unknown, headers = {}, id?: string) => {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${await server.tokenFor(role, id)}`,
            ...(body === undefined ? {} : { "content-type": "application/json" }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: response.status, etag: response.headers.get("etag"), json: (await response.json()) as never };
      };
      const tenure = await makeTenure(database.db);
      const created = await call("integration-service", "POST", "/api/v1/rent-accounts", { tenureId: tenure.id });
      expect(created.status).toBe(201);
      const account = created.json as { id: string; rentAccountNumber: string };
      expect(account.rentAccountNumber).toBe(tenure.paymentReference);
      const read = await call("housing-officer", "GET", `/api/v1/rent-accounts/${account.id}`);
      expect(read).toMatchObject({ status: 200, etag: '"1"' });

      const charge = await call("integration-service", "POST", `/api/v1/rent-accounts/${account.id}/charges`, {
        chargeType: "DwellingRent",
        chargeCode: "DWR",
        description: "Dwelling rent",
        weeklyAmount: 99.99,
        startDate: "2025-04-07",
      });
      expect(charge).toMatchObject({ status: 201, etag: '"1"' });
      const chargeId = (charge.json as { id: string }).id;
      const end = { endDate: "2026-04-05" };
      expect((await call("integration-service", "POST", `/api/v1/charges/${chargeId}/end`, end)).status).toBe(409);
      expect(
        await call("integration-service", "POST", `/api/v1/charges/${chargeId}/end`, end, { "if-match": '"1"' }),
      ).toMatchObject({ status: 200, etag: '"2"' });

      const reference = word("SUSP");
      const paid = await call("integration-service", "POST", "/api/v1/transactions", {
        isSuspense: true,
        transactionType: "Payment",
        transactionSource: "BACS",
        transactionDate: "2025-08-01",
        transactionAmount: 15,
        paymentReference: reference,
        bankAccountNumber: "11223344",
      });
      expect(paid.status).toBe(201);
      const paymentId = (paid.json as { id: string }).id;
      const search = `/api/v1/search/transactions?searchText=${reference}&isSuspense=true&page=1&pageSize=5`;
      const found = await call("finance-officer", "GET", search);
      expect(found.status).toBe(200);
      expect(found.json).toMatchObject({
        total: 1,
        totals: { transactionAmount: 15, paidAmount: 15, chargedAmount: 0 },
        results: { transactions: [{ id: paymentId, isSuspense: true, bankAccountNumber: "******44" }] },
      });
      expect((await call("housing-officer", "GET", search)).status).toBe(403);
      expect((await call("housing-officer", "GET", `/api/v1/transactions/${paymentId}`)).status).toBe(403);

      const note = { rentAccountId: account.id, note: "The reference is the tenant's old one" };
      const proposed = await call("finance-manager", "POST", `/api/v1/suspense/${paymentId}/proposals`, note);
      expect(proposed.status).toBe(201);
      const decision = `/api/v1/suspense/proposals/${(proposed.json as { id: string }).id}/decision`;
      expect((await call("finance-manager", "POST", decision, { approve: true })).status).toBe(403);
      expect((await call("finance-officer", "POST", decision, { approve: true })).status).toBe(403);
      const approved = await call("finance-manager", "POST", decision, { approve: true }, {}, "finance-manager-2");
      expect(approved).toMatchObject({ status: 200, json: { status: "Approved" } });
      const after = await call("finance-officer", "GET", `/api/v1/rent-accounts/${account.id}`);
      expect(after.json).toMatchObject({ balance: 15 });
      const history = `/api/v1/transactions/${paymentId}/activity?page=1&pageSize=2`;
      expect(await call("finance-officer", "GET", history)).toMatchObject({
        status: 200,
        json: {
          total: 3,
          results: [{ eventType: "SuspenseMatchApprovedEvent" }, { eventType: "SuspenseMatchProposedEvent" }],
        },
      });
      expect((await call("housing-officer", "GET", history)).status).toBe(403);
      const waiting = "/api/v1/search/transactions?suspenseStatus=AwaitingMatch&sortBy=transactionAmount&isDesc=false";
      expect((await call("finance-officer", "GET", waiting)).status).toBe(200);
      expect(await call("finance-officer", "GET", `${waiting}&isSuspense=false`)).toMatchObject({
        status: 400,
        json: { fieldErrors: [{ path: "suspenseStatus" }] },
      });

      const openApi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
      };
      expect(Object.keys(openApi.paths)).toEqual(
        expect.arrayContaining([
          "/api/v1/rent-accounts",
          "/api/v1/search/transactions",
          "/api/v1/transactions/{id}/activity",
          "/api/v1/suspense/proposals/{id}/decision",
        ]),
      );
      // A route's own reason for 403 is documented, not replaced by the generic one.
      const documented = openApi.paths["/api/v1/suspense/proposals/{id}/decision"]?.post?.responses;
      expect(documented?.["403"]?.description).toBe("Not a finance manager, or the proposal is your own");
      expect(documented?.["401"]?.description).toBe("No valid token");
    } finally {
      await server.stop();
    }
  });
});

import { seedDemoData } from "@housing/db/demo-data";
import { type TestDatabase, createTestDatabase } from "@housing/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerBreaks } from "../testing/finance-ledger-checks.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe("the demo ledger", () => {
  it("keeps every account's balance the sum of its transactions, and each balanceAmount a running balance", async () => {
    const summary = await seedDemoData(database.db, { scale: 100, asOf: new Date("2025-06-30T12:00:00Z") });
    expect(summary.rentAccounts).toBeGreaterThan(10);
    expect(summary.transactions).toBeGreaterThan(100);
    expect(await ledgerBreaks(database.db)).toEqual({ wrongBalances: [], brokenChain: [], wrongClosing: [] });
  });

  it("notices a balance typed in and a running balance that skips", async () => {
    const account = await database.db.rentAccount.findFirstOrThrow({ where: { transactions: { some: {} } } });
    const posted = await database.db.transaction.findFirstOrThrow({ where: { rentAccountId: account.id } });
    await database.db.rentAccount.update({ where: { id: account.id }, data: { balance: { increment: 1 } } });
    await database.db.transaction.update({ where: { id: posted.id }, data: { balanceAmount: { increment: 0.37 } } });
    const breaks = await ledgerBreaks(database.db);
    expect(breaks.wrongBalances.map((row) => row.id)).toEqual([account.id]);
    expect(breaks.brokenChain.map((row) => row.id)).toContain(posted.id);
    expect(breaks.wrongClosing.map((row) => row.id)).toEqual([account.id]);
  });
});

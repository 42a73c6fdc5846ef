import { createdStamp } from "../kernel/actor-stamp.ts";
import { fullAddress } from "../kernel/asset-address.ts";
import { penceToDecimal, toPence } from "../finance/finance-rules.ts";
import { transactionColumns } from "../finance/record-transaction.ts";
import {
  type AccountForPosting,
  insertRows,
  lockAccountsForPosting,
  lockTenures,
  setBalances,
} from "./import-sets.repository.ts";
import { addEvent, refersUp, type SetRow, type SetRun } from "./set-run.ts";

/**
 * Rent accounts as writeRentAccount writes them: one a tenure, numbered by its payment reference
 * unless told (a second account of a tenure, or a taken number, is the unique keys' to refuse).
 */
export async function writeRentAccountsInSets(run: SetRun, rows: readonly SetRow<"rentAccount">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const tenures = await lockTenures(
    tx,
    rows.map((row) => row.input.tenureId),
  );
  const accounts = rows.map((row) => {
    const tenure = tenures.get(row.input.tenureId);
    const usable = tenure && !tenure.hasAccount && refersUp(run, "tenure", row.input.tenureId, row.line);
    return usable ? { row, number: row.input.rentAccountNumber ?? tenure.paymentReference } : undefined;
  });
  const numbers = accounts.map((account) => account?.number ?? "");
  if (accounts.some((account) => !account)) return false;
  await insertRows(
    tx,
    "RentAccount",
    rows.map(({ id, at, input }, index) => ({
      id,
      tenureId: input.tenureId,
      rentAccountNumber: numbers[index],
      ...createdStamp(run.by, at),
    })),
  );
  rows.forEach((row, index) =>
    addEvent(run, row, {
      eventType: "RentAccountCreatedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: {
        rentAccountId: row.id,
        tenureId: row.input.tenureId,
        rentAccountNumber: numbers[index] ?? "",
        balance: 0,
      },
    }),
  );
  return true;
}

/** The accounts rows post to, when each exists above the row; undefined when one does not. */
async function accountsPostedTo(run: SetRun, rows: readonly { line: number; rentAccountId: string }[]) {
  const accounts = await lockAccountsForPosting(run.tx, [...new Set(rows.map((row) => row.rentAccountId))]);
  const found = rows.every(
    (row) => accounts.has(row.rentAccountId) && refersUp(run, "rentAccount", row.rentAccountId, row.line),
  );
  return found ? (id: string) => accounts.get(id) as AccountForPosting : undefined;
}

/** Weekly charges as addCharge adds them. */
export async function writeChargesInSets(run: SetRun, rows: readonly SetRow<"charge">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const account = await accountsPostedTo(
    run,
    rows.map((row) => ({ line: row.line, rentAccountId: row.input.rentAccountId })),
  );
  if (!account) return false;
  await insertRows(
    run.tx,
    "Charge",
    rows.map(({ id, at, input: { rentAccountId, charge } }) => ({
      id,
      rentAccountId,
      chargeType: charge.chargeType,
      chargeCode: charge.chargeCode,
      description: charge.description,
      weeklyAmount: charge.weeklyAmount.toFixed(2),
      startDate: charge.startDate,
      endDate: charge.endDate ?? null,
      createdAt: at,
      createdBy: run.by,
      modifiedAt: at,
    })),
  );
  for (const row of rows) {
    const { rentAccountId, charge } = row.input;
    addEvent(run, row, {
      eventType: "ChargeAddedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: { ...charge, chargeId: row.id, rentAccountId, tenureId: account(rentAccountId).tenureId },
    });
  }
  return true;
}

type PostingRow = SetRow<"transaction"> & { input: { rentAccountId: string } };

/**
 * Postings to accounts as writeTransaction records them: each row keeps the balance it left, in
 * file order, and each account ends on the sum, stamped by its last posting.
 */
export async function writeTransactionsInSets(run: SetRun, rows: readonly PostingRow[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const account = await accountsPostedTo(
    run,
    rows.map((row) => ({ line: row.line, rentAccountId: row.input.rentAccountId })),
  );
  if (!account) return false;
  const balances = new Map<string, { id: string; pence: number; at: Date }>();
  const postings = rows.map((row) => {
    const { rentAccountId } = row.input;
    const before = balances.get(rentAccountId)?.pence ?? toPence(Number(account(rentAccountId).balance));
    const pence = toPence(row.input.transactionAmount);
    balances.set(rentAccountId, { id: rentAccountId, pence: before + pence, at: row.at });
    return { row, amount: penceToDecimal(pence), balanceAmount: penceToDecimal(before + pence) };
  });
  await insertRows(
    run.tx,
    "Transaction",
    postings.map(({ row, amount, balanceAmount }) => {
      const { rentAccountNumber, kind, ...home } = account(row.input.rentAccountId);
      const posting = { id: row.input.rentAccountId, rentAccountNumber, kind, address: fullAddress(home) };
      return transactionColumns({ ...row.input, id: row.id }, posting, amount, balanceAmount, {
        by: run.by,
        at: row.at,
      });
    }),
  );
  await setBalances(
    run.tx,
    [...balances.values()].map(({ id, pence, at }) => ({ id, balance: penceToDecimal(pence), at, by: run.by })),
  );
  for (const { row, amount, balanceAmount } of postings) {
    const { input } = row;
    addEvent(run, row, {
      eventType: "TransactionRecordedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: {
        transactionId: row.id,
        rentAccountId: input.rentAccountId,
        tenureId: account(input.rentAccountId).tenureId,
        transactionType: input.transactionType,
        transactionDate: input.transactionDate,
        transactionAmount: amount,
        balanceAmount,
        isSuspense: false,
      },
    });
  }
  return true;
}

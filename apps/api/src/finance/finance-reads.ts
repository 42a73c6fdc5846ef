import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type {
  TCharge,
  TRentAccount,
  TTransaction,
  TTransactionExportInput,
  TTransactionSearchInput,
  TTransactionSearchResult,
} from "@housing/schemas/finance";
import type { TActivityInput, TActivityPage } from "@housing/schemas/person";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import type { Clock } from "../kernel/clock.ts";
import { found } from "../kernel/app-error.ts";
import { activityOf } from "../outbox/activity.ts";
import {
  findChargeById,
  findRentAccountById,
  findTransactionById,
  findTransactionsByIds,
} from "./finance.repository.ts";
import { searchTransactionIds, type TransactionFilters, transactionIdPages } from "./transaction-search.repository.ts";
import { toCharge, toRentAccount, toTransaction } from "./finance-view.ts";

export async function getRentAccount(deps: { db: DbClient; clock: Clock }, id: string): Promise<TRentAccount> {
  const row = found("rent account", id, await findRentAccountById(deps.db, id));
  return toRentAccount(row, todayIsoDate(deps.clock.now()));
}

export async function getCharge(deps: { db: DbClient }, id: string): Promise<TCharge> {
  return toCharge(found("charge", id, await findChargeById(deps.db, id)));
}

export async function getTransaction(deps: { db: DbClient }, id: string): Promise<TTransaction> {
  return toTransaction(found("transaction", id, await findTransactionById(deps.db, id)));
}

/** Who did what to a transaction and when, newest first: recorded, a match proposed, approved or rejected. */
export async function transactionActivity(deps: { db: DbClient }, input: TActivityInput): Promise<TActivityPage> {
  await getTransaction(deps, input.id);
  return activityOf(deps.db, [input.id], input);
}

/** Transactions by text, account, dates, suspense flag and status, sorted, with the totals of all found. */
export async function searchTransactions(
  deps: { db: DbClient },
  input: TTransactionSearchInput,
): Promise<TTransactionSearchResult> {
  const found = await searchTransactionIds(deps.db, {
    ...transactionFilters(input),
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  const transactions = await transactionsInOrder(deps.db, found.ids);
  return { results: { transactions, total: found.total }, total: found.total, totals: found.totals };
}

/** Every transaction a search finds, in its order, a page at a time: for an export of any size. */
export async function* readAllTransactions(
  deps: { db: DbClient },
  input: TTransactionExportInput,
  pageSize: number,
): AsyncGenerator<TTransaction[], void, undefined> {
  for await (const ids of transactionIdPages(deps.db, transactionFilters(input), pageSize)) {
    yield await transactionsInOrder(deps.db, ids);
  }
}

function transactionFilters(input: TTransactionExportInput): TransactionFilters {
  return {
    words: (input.searchText ?? "").trim().split(/\s+/).filter(Boolean),
    ...(input.targetId ? { targetId: input.targetId } : {}),
    ...(input.startDate ? { startDate: fromIsoDate(input.startDate) } : {}),
    ...(input.endDate ? { endDate: fromIsoDate(input.endDate) } : {}),
    isSuspense: input.isSuspense,
    ...(input.suspenseStatus ? { suspenseStatus: input.suspenseStatus } : {}),
    sortBy: input.sortBy,
    isDesc: input.isDesc,
  };
}

async function transactionsInOrder(db: DbClient, ids: readonly string[]): Promise<TTransaction[]> {
  const rows = new Map((await findTransactionsByIds(db, ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toTransaction(row)] : [];
  });
}

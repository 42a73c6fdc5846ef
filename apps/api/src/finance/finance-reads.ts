import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type {
  TCharge,
  TRentAccount,
  TTransaction,
  TTransactionSearchInput,
  TTransactionSearchResult,
} from "@housing/schemas/finance";
import { fromIsoDate } from "../common/calendar-date.ts";
import type { Clock } from "../context.ts";
import { AppError } from "../errors.ts";
import {
  findChargeById,
  findRentAccountById,
  findTransactionById,
  findTransactionsByIds,
  searchTransactionIds,
} from "./finance.repository.ts";
import { toCharge, toRentAccount, toTransaction } from "./finance-view.ts";

export async function getRentAccount(deps: { db: DbClient; clock: Clock }, id: string): Promise<TRentAccount> {
  const row = await findRentAccountById(deps.db, id);
  if (!row) throw new AppError("NotFound", `No rent account has the id ${id}`);
  return toRentAccount(row, todayIsoDate(deps.clock.now()));
}

export async function getCharge(deps: { db: DbClient }, id: string): Promise<TCharge> {
  const row = await findChargeById(deps.db, id);
  if (!row) throw new AppError("NotFound", `No charge has the id ${id}`);
  return toCharge(row);
}

export async function getTransaction(deps: { db: DbClient }, id: string): Promise<TTransaction> {
  const row = await findTransactionById(deps.db, id);
  if (!row) throw new AppError("NotFound", `No transaction has the id ${id}`);
  return toTransaction(row);
}

/** Transactions newest first, by text, account, dates and the suspense flag, with the totals of all found. */
export async function searchTransactions(
  deps: { db: DbClient },
  input: TTransactionSearchInput,
): Promise<TTransactionSearchResult> {
  const found = await searchTransactionIds(deps.db, {
    words: (input.searchText ?? "").trim().split(/\s+/).filter(Boolean),
    ...(input.targetId ? { targetId: input.targetId } : {}),
    ...(input.startDate ? { startDate: fromIsoDate(input.startDate) } : {}),
    ...(input.endDate ? { endDate: fromIsoDate(input.endDate) } : {}),
    ...(input.isSuspense !== undefined ? { isSuspense: input.isSuspense } : {}),
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  const rows = new Map((await findTransactionsByIds(deps.db, found.ids)).map((row) => [row.id, row]));
  const transactions = found.ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toTransaction(row)] : [];
  });
  return { results: { transactions }, total: found.total, totals: found.totals };
}

import {
  ZAddChargeInput,
  ZCharge,
  ZCreateRentAccountInput,
  ZDecideSuspenseMatchInput,
  ZEndChargeInput,
  ZProposeSuspenseMatchInput,
  ZRecordTransactionInput,
  ZRentAccount,
  ZSuspenseResolution,
  ZTransaction,
  ZTransactionSearchInput,
  ZTransactionSearchResult,
} from "@housing/schemas/finance";
import { ZActivityInput, ZActivityPage } from "@housing/schemas/person";
import { z } from "zod";
import { financeManagerProcedure, financeProcedure, router, staffProcedure } from "../trpc.ts";
import { financeWriteProcedure } from "./finance-access.ts";
import { getRentAccount, getTransaction, searchTransactions, transactionActivity } from "./finance-reads.ts";
import { recordTransaction } from "./record-transaction.ts";
import { addCharge, createRentAccount, endCharge } from "./rent-account-writes.ts";
import { decideSuspenseMatch, proposeSuspenseMatch } from "./suspense-matching.ts";

const ZIdInput = z.strictObject({ id: z.guid("The id must be a UUID") });

// Balances and charges are for any member of staff (the tenure page shows them); transactions,
// bank details and the suspense account only for finance.
export const financeRouter = router({
  account: staffProcedure
    .input(ZIdInput)
    .output(ZRentAccount)
    .query(({ ctx, input }) => getRentAccount(ctx, input.id)),
  createRentAccount: financeWriteProcedure
    .input(ZCreateRentAccountInput)
    .output(ZRentAccount)
    .mutation(({ ctx, input }) => createRentAccount(ctx, input)),
  addCharge: financeWriteProcedure
    .input(ZAddChargeInput)
    .output(ZCharge)
    .mutation(({ ctx, input }) => addCharge(ctx, input)),
  endCharge: financeWriteProcedure
    .input(ZEndChargeInput)
    .output(ZCharge)
    .mutation(({ ctx, input }) => endCharge(ctx, input)),
  recordTransaction: financeWriteProcedure
    .input(ZRecordTransactionInput)
    .output(ZTransaction)
    .mutation(({ ctx, input }) => recordTransaction(ctx, input)),
  transaction: financeProcedure
    .input(ZIdInput)
    .output(ZTransaction)
    .query(({ ctx, input }) => getTransaction(ctx, input.id)),
  transactionActivity: financeProcedure
    .input(ZActivityInput)
    .output(ZActivityPage)
    .query(({ ctx, input }) => transactionActivity(ctx, input)),
  transactions: financeProcedure
    .input(ZTransactionSearchInput)
    .output(ZTransactionSearchResult)
    .query(({ ctx, input }) => searchTransactions(ctx, input)),
  proposeSuspenseMatch: financeProcedure
    .input(ZProposeSuspenseMatchInput)
    .output(ZSuspenseResolution)
    .mutation(({ ctx, input }) => proposeSuspenseMatch(ctx, input)),
  decideSuspenseMatch: financeManagerProcedure
    .input(ZDecideSuspenseMatchInput)
    .output(ZSuspenseResolution)
    .mutation(({ ctx, input }) => decideSuspenseMatch(ctx, input)),
});

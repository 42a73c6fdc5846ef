import {
  ZAddChargeInput,
  ZCharge,
  ZChargeFields,
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
import { ZId, ZIdInput } from "@housing/schemas/primitives";
import { z } from "zod";
import { financeManagerRoles, financeRoles } from "../auth/access.ts";
import { defineOperation } from "../common/operation.ts";
import { queryFrom } from "../common/operation-shapes.ts";
import { restResource } from "../common/rest-resource.ts";
import { financeWriteRoles } from "./finance-access.ts";
import { getCharge, getRentAccount, getTransaction, searchTransactions, transactionActivity } from "./finance-reads.ts";
import { recordTransaction } from "./record-transaction.ts";
import { addCharge, createRentAccount, endCharge } from "./rent-account-writes.ts";
import { decideSuspenseMatch, proposeSuspenseMatch } from "./suspense-matching.ts";

export const financeTag = "Finance";
const forbidden = "Only finance roles may see transactions, bank details and the suspense account";
const financeReaders = { roles: financeRoles, errors: { 403: forbidden } };
const rentAccounts = restResource("RentAccount", "/api/v1/rent-accounts", ZRentAccount, getRentAccount, {
  noun: "account",
  etag: "The account's version",
});
const charges = restResource("Charge", "/api/v1/charges", ZCharge, getCharge, {
  noun: "charge",
  etag: "The charge's version",
  ifMatch: "The charge's version last read (required)",
});
const transactions = restResource("Transaction", "/api/v1/transactions", ZTransaction, getTransaction, {
  noun: "transaction",
});

// Balances and charges are for any member of staff (the tenure page shows them); transactions,
// bank details and the suspense account only for finance.
export const financeOperations = {
  createRentAccount: rentAccounts.create(financeWriteRoles, ZCreateRentAccountInput, createRentAccount, {
    summary: "Open the rent account of a tenure (numbered by its payment reference unless told otherwise)",
    errors: {
      400: "Invalid fields or no such tenure",
      409: "The tenure already has an account, or the number is taken",
    },
  }),
  account: rentAccounts.get("A rent account with its tenure, address, tenants, balance and weekly charges by type"),
  addCharge: defineOperation({
    roles: financeWriteRoles,
    input: ZAddChargeInput,
    output: ZCharge,
    trpc: "mutation",
    handler: (ctx, input) => addCharge(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/rent-accounts/:id/charges",
      operationId: "addCharge",
      summary: "Add a weekly charge to a rent account",
      params: ZIdInput,
      body: ZChargeFields,
      input: ({ params, body }) => ({ rentAccountId: params.id, charge: body }),
      status: 201,
      description: "Created",
      etag: "The charge's version",
      errors: { 400: "Invalid fields", 404: "No such account" },
    },
  }),
  endCharge: charges.end(financeWriteRoles, ZEndChargeInput, endCharge, {
    summary: "End a charge from a date (it still applies that day)",
    body: ZEndChargeInput.pick({ endDate: true }),
    description: "Ended",
    errors: { 409: "Missing or stale If-Match, or the charge has already ended" },
  }),
  recordTransaction: transactions.create(financeWriteRoles, ZRecordTransactionInput, recordTransaction, {
    operationId: "recordTransaction",
    summary: "Record a payment, charge, refund, adjustment or housing benefit; without an account, a suspense payment",
    description: "Recorded",
    errors: { 400: "Invalid fields or no such account" },
  }),
  transaction: transactions.get(
    "A transaction with its latest suspense resolution (finance roles only)",
    financeReaders,
  ),
  transactionActivity: transactions.activity(
    transactionActivity,
    "Who recorded a transaction, proposed its match and decided it, and when (newest first; finance roles only)",
    financeReaders,
  ),
  transactions: queryFrom(financeRoles, ZTransactionSearchInput, ZTransactionSearchResult, searchTransactions, {
    path: "/api/v1/search/transactions",
    operationId: "searchTransactions",
    summary:
      "Transactions by sender, payment reference, bank account or address, account, dates, suspense flag and status",
    description: "A page of transactions, newest first unless sorted otherwise, with totals of all found",
    errors: { 400: "Invalid search", 403: forbidden },
  }),
  proposeSuspenseMatch: defineOperation({
    roles: financeRoles,
    input: ZProposeSuspenseMatchInput,
    output: ZSuspenseResolution,
    trpc: "mutation",
    handler: (ctx, input) => proposeSuspenseMatch(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/suspense/:transactionId/proposals",
      operationId: "proposeSuspenseMatch",
      summary: "Propose the rent account a suspense payment belongs to (a different finance manager decides)",
      params: z.strictObject({ transactionId: ZId }),
      body: ZProposeSuspenseMatchInput.omit({ transactionId: true }),
      input: ({ params, body }) => ({ transactionId: params.transactionId, ...body }),
      status: 201,
      description: "Proposed",
      errors: {
        403: forbidden,
        404: "No such transaction",
        409: "Not in suspense, or a proposal is already waiting",
      },
    },
  }),
  decideSuspenseMatch: defineOperation({
    roles: financeManagerRoles,
    input: ZDecideSuspenseMatchInput,
    output: ZSuspenseResolution,
    trpc: "mutation",
    handler: (ctx, input) => decideSuspenseMatch(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/suspense/proposals/:id/decision",
      operationId: "decideSuspenseMatch",
      summary: "Approve (the payment moves to the account) or reject a proposed match; never your own proposal",
      params: ZIdInput,
      body: ZDecideSuspenseMatchInput.omit({ resolutionId: true }),
      input: ({ params, body }) => ({ resolutionId: params.id, ...body }),
      description: "Decided",
      errors: {
        403: "Not a finance manager, or the proposal is your own",
        404: "No such proposal",
        409: "Already decided",
      },
    },
  }),
};

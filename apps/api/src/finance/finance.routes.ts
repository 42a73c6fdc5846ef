import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import {
  ZChargeFields,
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
import { financeManagerRoles, financeRoles } from "../auth/access.ts";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { financeWriteRoles } from "./finance-access.ts";
import { getCharge, getRentAccount, getTransaction, searchTransactions, transactionActivity } from "./finance-reads.ts";
import { recordTransaction } from "./record-transaction.ts";
import { addCharge, createRentAccount, endCharge } from "./rent-account-writes.ts";
import { decideSuspenseMatch, proposeSuspenseMatch } from "./suspense-matching.ts";

const tag = "Finance";
const error = (description: string) => ({ description, schema: ZErrorResponse });
const ZId = z.strictObject({ id: z.guid("The id must be a UUID") });
const forbidden = error("Only finance roles may see transactions, bank details and the suspense account");

export const financeRoutes = [
  defineRestRoute({
    method: "POST",
    url: "/api/v1/rent-accounts",
    operationId: "createRentAccount",
    summary: "Open the rent account of a tenure (numbered by its payment reference unless told otherwise)",
    tag,
    roles: financeWriteRoles,
    body: ZCreateRentAccountInput,
    responses: {
      201: {
        description: "Created",
        schema: ZRentAccount,
        headers: { ETag: "The account's version", Location: "/api/v1/rent-accounts/{id}" },
      },
      400: error("Invalid fields or no such tenure"),
      409: error("The tenure already has an account, or the number is taken"),
    },
    handler: async ({ ctx, body, reply }) => {
      const account = await createRentAccount(ctx, body);
      return reply
        .code(201)
        .header("location", `/api/v1/rent-accounts/${account.id}`)
        .header("etag", etagFor(account.version))
        .send(account);
    },
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/rent-accounts/:id",
    operationId: "getRentAccount",
    summary: "A rent account with its tenure, address, tenants, balance and weekly charges by type",
    tag,
    roles,
    params: ZId,
    responses: { 200: { description: "The account", schema: ZRentAccount }, 404: error("No such account") },
    handler: async ({ ctx, params, reply }) => {
      const account = await getRentAccount(ctx, params.id);
      return reply.header("etag", etagFor(account.version)).send(account);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/rent-accounts/:id/charges",
    operationId: "addCharge",
    summary: "Add a weekly charge to a rent account",
    tag,
    roles: financeWriteRoles,
    params: ZId,
    body: ZChargeFields,
    responses: {
      201: { description: "Created", schema: ZCharge, headers: { ETag: "The charge's version" } },
      400: error("Invalid fields"),
      404: error("No such account"),
    },
    handler: async ({ ctx, params, body, reply }) => {
      const charge = await addCharge(ctx, { rentAccountId: params.id, charge: body });
      return reply.code(201).header("etag", etagFor(charge.version)).send(charge);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/charges/:id/end",
    operationId: "endCharge",
    summary: "End a charge from a date (it still applies that day)",
    tag,
    roles: financeWriteRoles,
    params: ZId,
    body: ZEndChargeInput.pick({ endDate: true }),
    requestHeaders: { "If-Match": "The charge's version last read (required)" },
    responses: {
      200: { description: "Ended", schema: ZCharge, headers: { ETag: "The charge's version" } },
      404: error("No such charge"),
      409: error("Missing or stale If-Match, or the charge has already ended"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => getCharge(ctx, params.id));
      const charge = await endCharge(ctx, { id: params.id, version, endDate: body.endDate });
      return reply.header("etag", etagFor(charge.version)).send(charge);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/transactions",
    operationId: "recordTransaction",
    summary: "Record a payment, charge, refund, adjustment or housing benefit; without an account, a suspense payment",
    tag,
    roles: financeWriteRoles,
    body: ZRecordTransactionInput,
    responses: {
      201: { description: "Recorded", schema: ZTransaction, headers: { Location: "/api/v1/transactions/{id}" } },
      400: error("Invalid fields or no such account"),
    },
    handler: async ({ ctx, body, reply }) => {
      const transaction = await recordTransaction(ctx, body);
      return reply.code(201).header("location", `/api/v1/transactions/${transaction.id}`).send(transaction);
    },
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/transactions/:id",
    operationId: "getTransaction",
    summary: "A transaction with its latest suspense resolution (finance roles only)",
    tag,
    roles: financeRoles,
    params: ZId,
    responses: {
      200: { description: "The transaction", schema: ZTransaction },
      403: forbidden,
      404: error("No such transaction"),
    },
    handler: ({ ctx, params }) => getTransaction(ctx, params.id),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/transactions/:id/activity",
    operationId: "getTransactionActivity",
    summary:
      "Who recorded a transaction, proposed its match and decided it, and when (newest first; finance roles only)",
    tag,
    roles: financeRoles,
    params: ZId,
    query: ZActivityInput.omit({ id: true }),
    responses: {
      200: { description: "A page of activity", schema: ZActivityPage },
      403: forbidden,
      404: error("No such transaction"),
    },
    handler: ({ ctx, params, query }) => transactionActivity(ctx, { ...query, id: params.id }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/search/transactions",
    operationId: "searchTransactions",
    summary:
      "Transactions by sender, payment reference, bank account or address, account, dates, suspense flag and status",
    tag,
    roles: financeRoles,
    query: ZTransactionSearchInput,
    responses: {
      200: {
        description: "A page of transactions, newest first unless sorted otherwise, with totals of all found",
        schema: ZTransactionSearchResult,
      },
      400: error("Invalid search"),
      403: forbidden,
    },
    handler: ({ ctx, query }) => searchTransactions(ctx, query),
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/suspense/:transactionId/proposals",
    operationId: "proposeSuspenseMatch",
    summary: "Propose the rent account a suspense payment belongs to (a different finance manager decides)",
    tag,
    roles: financeRoles,
    params: z.strictObject({ transactionId: z.guid("The id must be a UUID") }),
    body: ZProposeSuspenseMatchInput.omit({ transactionId: true }),
    responses: {
      201: { description: "Proposed", schema: ZSuspenseResolution },
      403: forbidden,
      404: error("No such transaction"),
      409: error("Not in suspense, or a proposal is already waiting"),
    },
    handler: async ({ ctx, params, body, reply }) => {
      const resolution = await proposeSuspenseMatch(ctx, { transactionId: params.transactionId, ...body });
      return reply.code(201).send(resolution);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/suspense/proposals/:id/decision",
    operationId: "decideSuspenseMatch",
    summary: "Approve (the payment moves to the account) or reject a proposed match; never your own proposal",
    tag,
    roles: financeManagerRoles,
    params: ZId,
    body: ZDecideSuspenseMatchInput.omit({ resolutionId: true }),
    responses: {
      200: { description: "Decided", schema: ZSuspenseResolution },
      403: error("Not a finance manager, or the proposal is your own"),
      404: error("No such proposal"),
      409: error("Already decided"),
    },
    handler: ({ ctx, params, body }) => decideSuspenseMatch(ctx, { resolutionId: params.id, ...body }),
  }),
];

import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { type ExtractField, instant, pounds } from "./extract-fields.ts";
import type { ChargeExtractRow, RentAccountExtractRow, TransactionExtractRow } from "./finance-extracts.repository.ts";

// Money as the API's finance answers give it: a number of pounds (two decimal places).

export const rentAccountFields: readonly ExtractField<RentAccountExtractRow>[] = [
  { name: "id", value: (a) => a.id },
  { name: "tenureId", value: (a) => a.tenureId },
  { name: "assetId", value: (a) => a.tenure.assetId },
  { name: "rentAccountNumber", value: (a) => a.rentAccountNumber },
  { name: "status", value: (a) => a.status },
  { name: "balance", value: (a) => pounds(a.balance) },
  { name: "createdAt", value: (a) => instant(a.createdAt) },
  { name: "modifiedAt", value: (a) => instant(a.modifiedAt) },
];

export const chargeFields: readonly ExtractField<ChargeExtractRow>[] = [
  { name: "id", value: (c) => c.id },
  { name: "rentAccountId", value: (c) => c.rentAccountId },
  { name: "tenureId", value: (c) => c.rentAccount.tenureId },
  { name: "chargeType", value: (c) => c.chargeType },
  { name: "chargeCode", value: (c) => c.chargeCode },
  { name: "description", value: (c) => c.description },
  { name: "weeklyAmount", value: (c) => pounds(c.weeklyAmount) },
  { name: "startDate", value: (c) => toIsoDateOrNull(c.startDate) },
  { name: "endDate", value: (c) => toIsoDateOrNull(c.endDate) },
  { name: "createdAt", value: (c) => instant(c.createdAt) },
  { name: "modifiedAt", value: (c) => instant(c.modifiedAt) },
];

export const transactionFields: readonly ExtractField<TransactionExtractRow>[] = [
  { name: "id", value: (t) => t.id },
  { name: "rentAccountId", value: (t) => t.rentAccountId },
  { name: "tenureId", value: (t) => t.rentAccount?.tenureId ?? null },
  { name: "isSuspense", value: (t) => t.isSuspense },
  // The latest proposed match of a suspense payment: Proposed, Approved or Rejected (empty: none).
  { name: "suspenseResolutionStatus", value: (t) => t.suspenseResolutions[0]?.status ?? null },
  { name: "transactionType", value: (t) => t.transactionType },
  { name: "transactionSource", value: (t) => t.transactionSource },
  { name: "transactionDate", value: (t) => toIsoDateOrNull(t.transactionDate) },
  { name: "transactionAmount", value: (t) => pounds(t.transactionAmount) },
  { name: "paidAmount", value: (t) => pounds(t.paidAmount) },
  { name: "chargedAmount", value: (t) => pounds(t.chargedAmount) },
  { name: "housingBenefitAmount", value: (t) => pounds(t.housingBenefitAmount) },
  { name: "balanceAmount", value: (t) => pounds(t.balanceAmount) },
  { name: "financialYear", value: (t) => t.financialYear },
  { name: "financialMonth", value: (t) => t.financialMonth },
  { name: "periodNo", value: (t) => t.periodNo },
  { name: "paymentReference", value: (t) => t.paymentReference },
  { name: "senderName", value: (t) => t.senderName },
  { name: "bankAccountNumber", value: (t) => t.bankAccountNumber },
  { name: "sortCode", value: (t) => t.sortCode },
  { name: "address", value: (t) => t.address },
  { name: "fund", value: (t) => t.fund },
  { name: "createdAt", value: (t) => instant(t.createdAt) },
  { name: "modifiedAt", value: (t) => instant(t.modifiedAt) },
];

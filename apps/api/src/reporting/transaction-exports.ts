import type { TTransaction, TTransactionExportInput } from "@housing/schemas/finance";
import type { DbClient } from "@housing/db/client";
import { readAllTransactions } from "../finance/finance-reads.ts";
import { type CsvColumn, yesNo } from "./csv.ts";
import { exportPageSize } from "./csv-export.ts";

export const transactionExportPages = (deps: { db: DbClient }, input: TTransactionExportInput) =>
  readAllTransactions(deps, input, exportPageSize);

export const transactionColumns: readonly CsvColumn<TTransaction>[] = [
  { header: "Date", value: (t) => t.transactionDate },
  { header: "Type", value: (t) => t.transactionType },
  { header: "Amount", value: (t) => t.transactionAmount },
  { header: "Paid", value: (t) => t.paidAmount },
  { header: "Charged", value: (t) => t.chargedAmount },
  { header: "Housing benefit", value: (t) => t.housingBenefitAmount },
  { header: "Balance after", value: (t) => t.balanceAmount },
  { header: "Payment reference", value: (t) => t.paymentReference },
  { header: "Sender", value: (t) => t.sender.fullName },
  { header: "Bank account", value: (t) => t.bankAccountNumber },
  { header: "Sort code", value: (t) => t.sortCode },
  { header: "Address", value: (t) => t.address },
  { header: "In suspense", value: (t) => yesNo(t.isSuspense) },
  { header: "Suspense match", value: (t) => t.suspenseResolutionInfo?.status ?? null },
  { header: "Rent account id", value: (t) => t.targetId },
  { header: "Fund", value: (t) => t.fund },
  { header: "Source", value: (t) => t.transactionSource },
  { header: "Financial year", value: (t) => t.financialYear },
  { header: "Period", value: (t) => t.periodNo },
];

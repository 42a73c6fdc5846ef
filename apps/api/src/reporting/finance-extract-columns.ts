import { type ExtractField, fieldsOf, recordStamps } from "./extract-fields.ts";
import type { ChargeExtractRow, RentAccountExtractRow, TransactionExtractRow } from "./finance-extracts.repository.ts";

// Money as the API's finance answers give it: a number of pounds (two decimal places).

const rentAccount = fieldsOf<RentAccountExtractRow>();
export const rentAccountFields: readonly ExtractField<RentAccountExtractRow>[] = [
  ...rentAccount.asStored("id", "tenureId"),
  { name: "assetId", value: (a) => a.tenure.assetId },
  ...rentAccount.asStored("rentAccountNumber", "status"),
  ...rentAccount.inPounds("balance"),
  ...rentAccount.asInstants(...recordStamps),
];

const charge = fieldsOf<ChargeExtractRow>();
export const chargeFields: readonly ExtractField<ChargeExtractRow>[] = [
  ...charge.asStored("id", "rentAccountId"),
  { name: "tenureId", value: (c) => c.rentAccount.tenureId },
  ...charge.asStored("chargeType", "chargeCode", "description"),
  ...charge.inPounds("weeklyAmount"),
  ...charge.asDates("startDate", "endDate"),
  ...charge.asInstants(...recordStamps),
];

const transaction = fieldsOf<TransactionExtractRow>();
export const transactionFields: readonly ExtractField<TransactionExtractRow>[] = [
  ...transaction.asStored("id", "rentAccountId"),
  { name: "tenureId", value: (t) => t.rentAccount?.tenureId ?? null },
  ...transaction.asStored("isSuspense"),
  // The latest proposed match of a suspense payment: Proposed, Approved or Rejected (empty: none).
  { name: "suspenseResolutionStatus", value: (t) => t.suspenseResolutions[0]?.status ?? null },
  ...transaction.asStored("transactionType", "transactionSource"),
  ...transaction.asDates("transactionDate"),
  ...transaction.inPounds("transactionAmount", "paidAmount", "chargedAmount", "housingBenefitAmount", "balanceAmount"),
  ...transaction.asStored("financialYear", "financialMonth", "periodNo"),
  ...transaction.asStored("paymentReference", "senderName", "bankAccountNumber", "sortCode", "address", "fund"),
  ...transaction.asInstants(...recordStamps),
];

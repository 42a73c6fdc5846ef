import type { TRecordTransactionInput, TTransaction } from "@housing/schemas/finance";
import { fullAddress } from "../kernel/asset-address.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { invalidField } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation } from "../outbox/record-change.ts";
import { getTransaction } from "./finance-reads.ts";
import { addToBalance, findAccountForPosting, insertTransaction } from "./finance.repository.ts";
import {
  amountColumns,
  financialPeriodOf,
  fundForTenureKind,
  maskBankAccountNumber,
  maskSortCode,
  penceToDecimal,
  toPence,
} from "./finance-rules.ts";

/** Records a transaction (see writeTransaction) and answers it as the API shows it. */
export async function recordTransaction(ctx: DomainContext, input: TRecordTransactionInput): Promise<TTransaction> {
  return getTransaction(ctx, await writeTransaction(ctx, input));
}

/**
 * Records a payment, charge, refund, adjustment or housing benefit against an account — the
 * balance moves in the same database transaction, under the account's row lock, and the row keeps
 * the balance it left — or a payment that matched no account, which waits in suspense. Answers the id only.
 */
export async function writeTransaction(ctx: DomainContext, input: TRecordTransactionInput): Promise<string> {
  const amount = penceToDecimal(toPence(input.transactionAmount));
  const period = financialPeriodOf(input.transactionDate);
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const account = input.rentAccountId ? await findAccountForPosting(tx, input.rentAccountId) : null;
    if (input.rentAccountId && !account) throw invalidField("rentAccountId", "No rent account has this id");
    const balanceAmount = account ? await addToBalance(tx, account.id, amount, by, at) : null;
    const created = await insertTransaction(tx, {
      ...(input.id ? { id: input.id } : {}),
      rentAccountId: account?.id ?? null,
      isSuspense: !account,
      transactionType: input.transactionType,
      transactionSource: input.transactionSource,
      transactionDate: fromIsoDate(input.transactionDate),
      transactionAmount: amount,
      ...amountColumns(input.transactionType, amount),
      balanceAmount,
      financialYear: input.financialYear ?? period.financialYear,
      financialMonth: input.financialMonth ?? period.financialMonth,
      periodNo: input.periodNo ?? period.periodNo,
      paymentReference: input.paymentReference ?? account?.rentAccountNumber ?? "",
      bankAccountNumber: input.bankAccountNumber ? maskBankAccountNumber(input.bankAccountNumber) : null,
      sortCode: input.sortCode ? maskSortCode(input.sortCode) : null,
      senderName: input.senderName ?? null,
      address: input.address ?? (account ? fullAddress(account.tenure.asset) : null),
      fund: input.fund ?? (account ? fundForTenureKind(account.tenure.tenureType.kind) : "HRA"),
      ...createdStamp(by, at),
    });
    const recorded = {
      entityId: created.id,
      // Never the bank details: the outbox is read by more than finance.
      newData: {
        transactionId: created.id,
        rentAccountId: account?.id ?? null,
        tenureId: account?.tenureId ?? null,
        transactionType: input.transactionType,
        transactionDate: input.transactionDate,
        transactionAmount: amount,
        balanceAmount,
        isSuspense: !account,
      },
    };
    await recordCreation(
      tx,
      stamp,
      account
        ? { ...recorded, eventType: "TransactionRecordedEvent" }
        : { ...recorded, eventType: "SuspensePaymentRecordedEvent" },
    );
    return created.id;
  });
}

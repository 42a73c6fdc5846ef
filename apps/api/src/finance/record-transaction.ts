import type { TRecordTransactionInput, TTransaction } from "@housing/schemas/finance";
import type { TActorStamp } from "@housing/schemas/person";
import type { TenureKind } from "../kernel/tenure-rules.ts";
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
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const account = input.rentAccountId ? await findAccountForPosting(tx, input.rentAccountId) : null;
    if (input.rentAccountId && !account) throw invalidField("rentAccountId", "No rent account has this id");
    const balanceAmount = account ? await addToBalance(tx, account.id, amount, by, at) : null;
    const posting = account && {
      id: account.id,
      rentAccountNumber: account.rentAccountNumber,
      address: fullAddress(account.tenure.asset),
      kind: account.tenure.tenureType.kind,
    };
    const created = await insertTransaction(tx, transactionColumns(input, posting, amount, balanceAmount, stamp));
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

/** The account a posting goes to: its number, the home's address and the tenure's kind (for the fund). */
export type PostingAccount = { id: string; rentAccountNumber: string; address: string; kind: TenureKind };

/**
 * A transaction's columns (a bulk import builds the same): periods from its date, masked bank
 * details, and the account's number, address and fund where the input leaves them out.
 */
export function transactionColumns(
  input: TRecordTransactionInput,
  account: PostingAccount | null,
  amount: string,
  balanceAmount: string | null,
  stamp: { by: TActorStamp; at: Date },
) {
  const period = financialPeriodOf(input.transactionDate);
  // Left undefined, the id is the column's default. Not a leading spread: V8 built each row's
  // object from one in dictionary mode, 40 µs a row (about an eighth of an import).
  return {
    id: input.id,
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
    address: input.address ?? account?.address ?? null,
    fund: input.fund ?? (account ? fundForTenureKind(account.kind) : "HRA"),
    ...createdStamp(stamp.by, stamp.at),
  };
}

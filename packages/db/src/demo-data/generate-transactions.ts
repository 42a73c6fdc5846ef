import type { Prisma, TransactionType } from "../generated/prisma/client.ts";
import { dateOf, financialPeriodOf, timestampOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";

/** A money movement on an account, in pence: positive money in, negative money owed. */
export type Movement = {
  day: number;
  /** Same-day order: brought-forward balance, then the week's charge, then payments. */
  order: 0 | 1 | 2;
  type: TransactionType;
  source: string;
  pence: number;
  senderName?: string | null;
  /** Sent with a reference that matched no account: parked in suspense, not on the account. */
  suspense?: boolean;
};

export type AccountLedger = {
  rentAccountId: string;
  paymentReference: string;
  fund: string;
  address: string;
  bankAccountNumber: string | null;
  sortCode: string | null;
};

export function penceToDecimal(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const CONFUSABLE: Readonly<Record<string, string>> = { "0": "O", "1": "I", "5": "S", "8": "B" };

/** How a payer gets a reference wrong; never a valid 10-digit reference, so it cannot match another account. */
export function mistypeReference(ctx: DemoContext, reference: string, addressLine1: string): string {
  const { random } = ctx;
  const at = random.int(0, reference.length - 1);
  switch (
    random.weighted([
      ["drop", 45],
      ["extra", 15],
      ["letter", 15],
      ["partial", 10],
      ["text", 15],
    ] as const)
  ) {
    case "drop":
      return reference.slice(0, at) + reference.slice(at + 1);
    case "extra":
      return reference.slice(0, at) + random.digits(1) + reference.slice(at);
    case "letter": {
      const index = [...reference].findIndex((c) => c in CONFUSABLE);
      if (index < 0) return reference.slice(1);
      return reference.slice(0, index) + (CONFUSABLE[reference.charAt(index)] ?? "O") + reference.slice(index + 1);
    }
    case "partial":
      return `REF ${reference.slice(0, 4)} ${reference.slice(4, 7)}`;
    case "text":
      return `RENT ${addressLine1.toUpperCase().replace(/,/g, "")}`;
  }
}

/**
 * Turns an account's movements into transaction rows in date order, with the running balance on
 * each; returns the closing balance, which is what the account stores.
 */
export function writeLedger(
  ctx: DemoContext,
  batch: DemoBatch,
  ledger: AccountLedger,
  movements: Movement[],
  addressLine1: string,
): number {
  movements.sort((a, b) => a.day - b.day || a.order - b.order);
  let balance = 0;
  for (const movement of movements) {
    const { pence } = movement;
    const isPayment = movement.type === "Payment";
    const isSuspense = movement.suspense === true;
    if (!isSuspense) balance += pence;
    const when = timestampOf(movement.day, movement.order === 2 ? 10 * 60 : 6 * 60);
    const period = financialPeriodOf(movement.day);
    const amount = penceToDecimal(pence);
    const bankDetails = isPayment && movement.source !== "CASH";
    const id = ctx.ledgerIds.uuid();
    batch.transactions.push({
      id,
      rentAccountId: isSuspense ? null : ledger.rentAccountId,
      isSuspense,
      transactionType: movement.type,
      transactionSource: movement.source,
      transactionDate: dateOf(movement.day),
      transactionAmount: amount,
      paidAmount: isPayment ? amount : "0.00",
      chargedAmount: movement.type === "Charge" ? amount : "0.00",
      housingBenefitAmount: movement.type === "HousingBenefit" ? amount : "0.00",
      balanceAmount: isSuspense ? null : penceToDecimal(balance),
      periodNo: period.periodNo,
      financialYear: period.financialYear,
      financialMonth: period.financialMonth,
      paymentReference: isSuspense
        ? mistypeReference(ctx, ledger.paymentReference, addressLine1)
        : ledger.paymentReference,
      bankAccountNumber: bankDetails ? ledger.bankAccountNumber : null,
      sortCode: bankDetails ? ledger.sortCode : null,
      senderName: movement.senderName ?? null,
      address: isSuspense ? null : ledger.address,
      fund: ledger.fund,
      createdAt: when,
      createdBy: ctx.actor,
      modifiedAt: when,
      modifiedBy: ctx.actor,
    });
    // The payment's history starts with its arrival, as one recorded through the API does.
    if (isSuspense) batch.domainEvents.push(suspenseArrival(ctx, id, movement, when));
  }
  return balance;
}

/** The event the finance API records when a payment arrives that matches no account. */
function suspenseArrival(
  ctx: DemoContext,
  transactionId: string,
  movement: Movement,
  occurredAt: Date,
): Prisma.DomainEventCreateManyInput {
  return {
    id: ctx.ids.uuid(),
    eventType: "SuspensePaymentRecordedEvent",
    sourceDomain: "finance",
    entityId: transactionId,
    entityVersion: 1,
    user: ctx.actor,
    correlationId: "demo-data",
    occurredAt,
    newData: {
      transactionId,
      rentAccountId: null,
      tenureId: null,
      transactionType: movement.type,
      transactionDate: dateOf(movement.day).toISOString().slice(0, 10),
      transactionAmount: movement.pence / 100,
      balanceAmount: null,
      isSuspense: true,
    },
  };
}

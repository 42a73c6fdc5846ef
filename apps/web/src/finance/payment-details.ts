import type { TTransaction } from "@housing/schemas/finance";

type TResolution = NonNullable<TTransaction["suspenseResolutionInfo"]>;

/** Where a payment stands in the suspense workflow, from the payment and its latest proposed match. */
export type TPaymentStatus =
  | { kind: "awaitingMatch"; lastRejected: TResolution | null }
  | { kind: "proposed"; proposal: TResolution }
  | { kind: "matched"; approval: TResolution | null };

export function paymentStatusOf(payment: Pick<TTransaction, "isSuspense" | "suspenseResolutionInfo">): TPaymentStatus {
  const latest = payment.suspenseResolutionInfo;
  if (!payment.isSuspense) return { kind: "matched", approval: latest?.status === "Approved" ? latest : null };
  if (latest?.status === "Proposed") return { kind: "proposed", proposal: latest };
  return { kind: "awaitingMatch", lastRejected: latest?.status === "Rejected" ? latest : null };
}

/** The status in a few words, for a table cell or a tag. */
export function paymentStatusText(status: TPaymentStatus): string {
  switch (status.kind) {
    case "awaitingMatch":
      return "Awaiting a match";
    case "proposed":
      return `Proposed by ${status.proposal.proposedBy.name}, awaiting approval`;
    case "matched":
      return "Matched to a rent account";
  }
}

/**
 * Masked bank details as shown ("******78", "**-**-12") and as read aloud ("account ending 78"):
 * a screen reader would otherwise read every asterisk.
 */
export function maskedBankDetails(
  payment: Pick<TTransaction, "bankAccountNumber" | "sortCode">,
): { shown: string; spoken: string } | null {
  const parts = [
    payment.bankAccountNumber === null
      ? null
      : { shown: payment.bankAccountNumber, spoken: `account ending ${payment.bankAccountNumber.replace(/\D/g, "")}` },
    payment.sortCode === null
      ? null
      : { shown: payment.sortCode, spoken: `sort code ending ${payment.sortCode.replace(/\D/g, "")}` },
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return { shown: parts.map((part) => part.shown).join(" "), spoken: parts.map((part) => part.spoken).join(", ") };
}

import type { DbClient } from "@housing/db/client";
import type {
  TDecideSuspenseMatchInput,
  TProposeSuspenseMatchInput,
  TSuspenseResolution,
} from "@housing/schemas/finance";
import { fullAddress } from "../kernel/asset-address.ts";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError, found, foundForField } from "../kernel/app-error.ts";
import {
  type ChangeStamp,
  inChangeTransaction,
  recordChange,
  recordOwnedChange,
  updateAndRecordChange,
} from "../outbox/record-change.ts";
import {
  addToBalance,
  decideResolutionIfProposed,
  findAccountForPosting,
  findOpenProposal,
  findResolutionById,
  insertResolution,
  markSuspenseStateChanged,
  lockTransaction,
  paymentUpdate,
} from "./finance.repository.ts";
import { toSuspenseResolution } from "./finance-view.ts";

/** A finance officer proposes the account an unresolved suspense payment belongs to; one open proposal at a time. */
export async function proposeSuspenseMatch(
  ctx: DomainContext,
  input: TProposeSuspenseMatchInput,
): Promise<TSuspenseResolution> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const payment = found("transaction", input.transactionId, await lockTransaction(tx, input.transactionId));
    if (!payment.isSuspense)
      throw new AppError("Conflict", "This payment is not in suspense: it is already on an account");
    if (await findOpenProposal(tx, payment.id)) {
      throw new AppError("Conflict", "This payment already has a proposed match waiting for a decision");
    }
    const account = foundForField(
      "rentAccountId",
      "No rent account has this id",
      await findAccountForPosting(tx, input.rentAccountId),
    );
    const resolution = await insertResolution(tx, {
      transactionId: payment.id,
      proposedRentAccountId: account.id,
      note: input.note,
      proposedAt: at,
      proposedBy: by,
    });
    await recordOwnedChange(tx, stamp, markSuspenseStateChanged, payment, {
      eventType: "SuspenseMatchProposedEvent",
      oldData: null,
      newData: { resolutionId: resolution.id, proposedRentAccountId: account.id, note: input.note },
    });
    return toSuspenseResolution(resolution);
  });
}

type Payment = NonNullable<Awaited<ReturnType<typeof lockTransaction>>>;
type Decision = { resolutionId: string; status: "Approved" | "Rejected"; decisionNote: string | null };

/** An approved match: the payment (locked by the caller) leaves suspense for the account, whose balance moves with it. */
async function moveToProposedAccount(
  tx: DbClient,
  stamp: ChangeStamp,
  payment: Payment,
  rentAccountId: string,
  decided: Decision,
): Promise<void> {
  const { by, at } = stamp;
  if (!payment.isSuspense) throw new AppError("Conflict", "This payment is no longer in suspense");
  const account = await findAccountForPosting(tx, rentAccountId);
  if (!account) throw new AppError("NotFound", "The proposed rent account no longer exists");
  const balanceAmount = await addToBalance(tx, account.id, payment.transactionAmount, by, at);
  if (balanceAmount === null) throw new AppError("NotFound", "The proposed rent account no longer exists");
  const moved = { rentAccountId: account.id, balanceAmount, address: fullAddress(account.tenure.asset) };
  const row = paymentUpdate(tx, payment.id, payment.version, { ...moved, isSuspense: false }, stamp);
  await updateAndRecordChange(tx, stamp, row, {
    eventType: "SuspenseMatchApprovedEvent",
    entityId: payment.id,
    oldData: { isSuspense: true, rentAccountId: null },
    newData: {
      ...decided,
      isSuspense: false,
      rentAccountId: account.id,
      tenureId: account.tenureId,
      transactionAmount: payment.transactionAmount,
      balanceAmount,
    },
  });
}

/**
 * A finance manager other than the proposer approves or rejects a proposed match (four eyes). On
 * approval the payment leaves suspense for the account and the account's balance moves with it.
 */
export async function decideSuspenseMatch(
  ctx: DomainContext,
  input: TDecideSuspenseMatchInput,
): Promise<TSuspenseResolution> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const proposal = found("proposed match", input.resolutionId, await findResolutionById(tx, input.resolutionId));
    if (parseActorStamp(proposal.proposedBy).id === ctx.actor.id) {
      const reason = "You proposed this match: another finance manager must approve or reject it";
      ctx.logger.warn({ actorId: ctx.actor.id, resolutionId: proposal.id }, `Access refused: ${reason}`);
      throw new AppError("Forbidden", reason, { reason });
    }
    const payment = found("transaction", proposal.transactionId, await lockTransaction(tx, proposal.transactionId));
    // Read again under the payment's lock: a decision made meanwhile is seen, not overwritten.
    const current = await findResolutionById(tx, proposal.id);
    const status: "Approved" | "Rejected" = input.approve ? "Approved" : "Rejected";
    if (
      current?.status !== "Proposed" ||
      !(await decideResolutionIfProposed(tx, proposal.id, { status, decisionNote: input.note ?? null }, by, at))
    ) {
      throw new AppError("Conflict", `This match was already ${(current?.status ?? "Decided").toLowerCase()}`);
    }
    await markSuspenseStateChanged(tx, payment.id, by, at);
    const decided = { resolutionId: proposal.id, status, decisionNote: input.note ?? null };
    if (input.approve) {
      await moveToProposedAccount(tx, stamp, payment, proposal.proposedRentAccountId, decided);
    } else {
      await recordChange(tx, stamp, {
        eventType: "SuspenseMatchRejectedEvent",
        entityId: payment.id,
        entityVersion: payment.version,
        oldData: { status: "Proposed" },
        newData: { ...decided, proposedRentAccountId: proposal.proposedRentAccountId },
      });
    }
    return toSuspenseResolution(found("proposed match", input.resolutionId, await findResolutionById(tx, proposal.id)));
  });
}

import type { DbClient } from "@housing/db/client";
import type { TServiceArea } from "@housing/schemas/auth";
import type { TContactDetail } from "@housing/schemas/contact-details";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError, found } from "../kernel/app-error.ts";
import { inChangeTransaction, recordOwnedChange } from "../outbox/record-change.ts";
import { getContactDetail, todayFor } from "./contact-details-reads.ts";
import {
  findVisibleContactDetail,
  insertConsent,
  lockContactDetail,
  markSharingChanged,
  revokeConsentById,
} from "./contact-details.repository.ts";
import { assertOwnsArea } from "./contact-details-rules.ts";

/** The caller's own record, locked so that grants and withdrawals on it apply one at a time. */
async function ownedRecord(ctx: DomainContext, tx: DbClient, id: string) {
  const { todayDate } = todayFor(ctx);
  await lockContactDetail(tx, id);
  const record = found("contact detail", id, await findVisibleContactDetail(tx, id, ctx.actor.serviceAreas, todayDate));
  assertOwnsArea(ctx, record.serviceArea, "share");
  return record;
}

/** The owning area records that the resident agreed to another area seeing this record. */
export async function grantConsent(
  ctx: DomainContext,
  input: { contactDetailId: string; grantedToArea: TServiceArea; consentedBy: string; validUntil?: string | undefined },
): Promise<TContactDetail> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const record = await ownedRecord(ctx, tx, input.contactDetailId);
    if (record.serviceArea === input.grantedToArea) {
      throw new AppError("Invalid", "A record is always visible to its own area", {
        fieldErrors: [{ path: "grantedToArea", message: "Choose another service area" }],
      });
    }
    const inForce = record.consents.find(
      (consent) =>
        consent.grantedToArea === input.grantedToArea &&
        consent.revokedAt === null &&
        (consent.validUntil === null || consent.validUntil >= todayFor(ctx).todayDate),
    );
    if (inForce) {
      // One consent in force per area keeps "who agreed, until when" unambiguous: withdraw, then record anew.
      const message = `This record is already shared with ${input.grantedToArea}; withdraw that consent before recording a new one`;
      throw new AppError("Conflict", message, { fieldErrors: [{ path: "grantedToArea", message }] });
    }
    const consent = await insertConsent(tx, {
      contactDetailId: record.id,
      grantedToArea: input.grantedToArea,
      consentedBy: input.consentedBy,
      grantedAt: at,
      grantedBy: by,
      validUntil: input.validUntil ? fromIsoDate(input.validUntil) : null,
    });
    await recordOwnedChange(tx, stamp, markSharingChanged, record, {
      eventType: "ContactDetailConsentGrantedEvent",
      oldData: null,
      newData: {
        targetId: record.targetId,
        consentId: consent.id,
        grantedToArea: input.grantedToArea,
        consentedBy: input.consentedBy,
      },
    });
  });
  return getContactDetail(ctx, input.contactDetailId);
}

export async function revokeConsent(
  ctx: DomainContext,
  input: { contactDetailId: string; consentId: string },
): Promise<TContactDetail> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const record = await ownedRecord(ctx, tx, input.contactDetailId);
    if (!(await revokeConsentById(tx, record.id, input.consentId, by, at))) {
      throw new AppError("NotFound", "No consent in force has that id on this record");
    }
    await recordOwnedChange(tx, stamp, markSharingChanged, record, {
      eventType: "ContactDetailConsentRevokedEvent",
      oldData: { targetId: record.targetId, consentId: input.consentId },
      newData: null,
    });
  });
  return getContactDetail(ctx, input.contactDetailId);
}

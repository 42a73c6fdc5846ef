import type { DbClient } from "@housing/db/client";
import { activeContactLimit, type TContactDetail, type TContactDetailChanges } from "@housing/schemas/contact-details";
import type { DomainContext } from "../common/domain-context.ts";
import { expectVersion } from "../kernel/version-conflict.ts";
import { AppError, found } from "../kernel/app-error.ts";
import { inChangeTransaction, updateAndRecordChange } from "../outbox/record-change.ts";
import { getContactDetail, todayFor } from "./contact-details-reads.ts";
import {
  type ContactScope,
  clearDefaults,
  countActiveOfType,
  findVisibleContactDetail,
  lockContactTarget,
  contactDetailUpdate,
} from "./contact-details.repository.ts";
import { assertOwnsArea, contactEventData } from "./contact-details-rules.ts";
import { contactIsActive } from "./contact-detail-view.ts";

function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, record[field]])) as Pick<T, K>;
}

type Changes = { isActive?: boolean; isDefault?: boolean; description?: string | null; endedAt?: Date | null };

/** What an edit asks to change of a record as it is: only what differs, and a record made historic ends now. */
function changesAsked(
  data: TContactDetailChanges,
  record: { isActive: boolean; isDefault: boolean; description: string | null },
  at: Date,
): Changes {
  const requested = {
    isActive: data.isActive,
    isDefault: data.sourceServiceArea?.isDefault,
    description: data.contactInformation?.description,
  };
  const changes: Changes = {};
  if (requested.isActive !== undefined && requested.isActive !== record.isActive) {
    changes.isActive = requested.isActive;
    changes.endedAt = requested.isActive ? null : at;
  }
  if (requested.isDefault !== undefined && requested.isDefault !== record.isDefault)
    changes.isDefault = requested.isDefault;
  if (requested.description !== undefined && (requested.description ?? null) !== record.description) {
    changes.description = requested.description ?? null;
  }
  return changes;
}

/** A phone or email made active again counts against the limit (under the target's lock) and must still be valid. */
async function assertMayReactivate(
  tx: DbClient,
  record: { id: string; contactType: string; serviceArea: string; validUntil: Date | null },
  scope: ContactScope,
  todayDate: Date,
): Promise<void> {
  if ((await countActiveOfType(tx, scope, todayDate, record.id)) >= activeContactLimit) {
    throw new AppError(
      "Invalid",
      `There are already ${activeContactLimit} active ${record.contactType} records for ${record.serviceArea}`,
    );
  }
  if (record.validUntil && record.validUntil < todayDate) {
    throw new AppError("Invalid", "This record is past its valid-until date; add a new record instead");
  }
}

/**
 * Marks a record historic (or active again), makes it its area's default, or changes its
 * description: nothing else of a record ever changes.
 */
export async function updateContactDetail(
  ctx: DomainContext,
  input: { id: string; version: number; data: TContactDetailChanges },
): Promise<TContactDetail> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const { today, todayDate } = todayFor(ctx);
    const visible = await findVisibleContactDetail(tx, input.id, ctx.actor.serviceAreas, todayDate);
    const current = found("contact detail", input.id, visible);
    assertOwnsArea(ctx, current.serviceArea, "change");
    expectVersion("contact detail", current.version, input.version);

    const before = {
      isActive: contactIsActive(current, today),
      isDefault: current.isDefault,
      description: current.description,
    };
    const changes = changesAsked(input.data, before, at);
    if (Object.keys(changes).length === 0) return;

    const scope = { targetId: current.targetId, serviceArea: current.serviceArea, contactType: current.contactType };
    // Counting active records and moving the default happen under the target's lock (see add).
    if (changes.isActive || changes.isDefault) await lockContactTarget(tx, current.targetType, current.targetId);
    if (changes.isActive && current.contactType !== "address") await assertMayReactivate(tx, current, scope, todayDate);
    if (changes.isDefault) await clearDefaults(tx, scope, current.id, by, at);
    const changedFields = Object.keys(changes).filter((field) => field !== "endedAt") as (
      "isActive" | "isDefault" | "description"
    )[];
    const about = { targetId: current.targetId, value: current.value };
    const change = {
      entityId: current.id,
      oldData: contactEventData({ ...about, ...pick(before, changedFields) }),
      newData: contactEventData({ ...about, ...pick(changes, changedFields) }),
    };
    await updateAndRecordChange(
      tx,
      stamp,
      contactDetailUpdate(tx, current.id, input.version, changes, stamp),
      changes.isActive === false
        ? { ...change, eventType: "ContactDetailDeactivatedEvent" }
        : { ...change, eventType: "ContactDetailUpdatedEvent" },
    );
  });
  return getContactDetail(ctx, input.id);
}

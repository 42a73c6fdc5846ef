import { activeContactLimit, type TContactDetail, type TContactDetailChanges } from "@housing/schemas/contact-details";
import { actorStamp } from "../common/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { inTransaction } from "../common/in-transaction.ts";
import { versionConflict } from "../common/version-conflict.ts";
import { AppError } from "../errors.ts";
import { appendDomainEvent } from "../outbox/outbox.repository.ts";
import { getContactDetail, todayFor } from "./contact-details-reads.ts";
import {
  clearDefaults,
  countActiveOfType,
  findVisibleContactDetail,
  lockContactTarget,
  updateContactDetailIfVersion,
} from "./contact-details.repository.ts";
import { assertOwnsArea, contactEventData } from "./contact-details-rules.ts";
import { contactIsActive } from "./contact-detail-view.ts";

/**
 * Marks a record historic (or active again), makes it its area's default, or changes its
 * description: nothing else of a record ever changes.
 */
export async function updateContactDetail(
  ctx: DomainContext,
  input: { id: string; version: number; data: TContactDetailChanges },
): Promise<TContactDetail> {
  const at = ctx.clock.now();
  const by = actorStamp(ctx.actor);
  const { today, todayDate } = todayFor(ctx);
  await inTransaction(ctx.db, async (tx) => {
    const current = await findVisibleContactDetail(tx, input.id, ctx.actor.serviceAreas, todayDate);
    if (!current) throw new AppError("NotFound", `No contact detail has the id ${input.id}`);
    assertOwnsArea(ctx, current.serviceArea, "change");
    if (current.version !== input.version) throw versionConflict("contact detail", current.version, input.version);

    const wasActive = contactIsActive(current, today);
    const requested = {
      isActive: input.data.isActive,
      isDefault: input.data.sourceServiceArea?.isDefault,
      description: input.data.contactInformation?.description,
    };
    const changes: { isActive?: boolean; isDefault?: boolean; description?: string | null; endedAt?: Date | null } = {};
    if (requested.isActive !== undefined && requested.isActive !== wasActive) {
      changes.isActive = requested.isActive;
      changes.endedAt = requested.isActive ? null : at;
    }
    if (requested.isDefault !== undefined && requested.isDefault !== current.isDefault)
      changes.isDefault = requested.isDefault;
    if (requested.description !== undefined && (requested.description ?? null) !== current.description) {
      changes.description = requested.description ?? null;
    }
    if (Object.keys(changes).length === 0) return;

    const scope = { targetId: current.targetId, serviceArea: current.serviceArea, contactType: current.contactType };
    // Counting active records and moving the default happen under the target's lock (see add).
    if (changes.isActive || changes.isDefault) await lockContactTarget(tx, current.targetType, current.targetId);
    if (changes.isActive && current.contactType !== "address") {
      if ((await countActiveOfType(tx, scope, todayDate, current.id)) >= activeContactLimit) {
        throw new AppError(
          "Invalid",
          `There are already ${activeContactLimit} active ${current.contactType} records for ${current.serviceArea}`,
        );
      }
      if (current.validUntil && current.validUntil < todayDate) {
        throw new AppError("Invalid", "This record is past its valid-until date; add a new record instead");
      }
    }
    if (changes.isDefault) await clearDefaults(tx, scope, current.id, by, at);
    if (!(await updateContactDetailIfVersion(tx, current.id, input.version, changes, by, at))) {
      throw versionConflict("contact detail", input.version + 1, input.version);
    }
    const changedFields = Object.keys(changes).filter((field) => field !== "endedAt") as (
      "isActive" | "isDefault" | "description"
    )[];
    const before = { isActive: wasActive, isDefault: current.isDefault, description: current.description };
    await appendDomainEvent(tx, {
      eventType: changes.isActive === false ? "ContactDetailDeactivatedEvent" : "ContactDetailUpdatedEvent",
      sourceDomain: "contact-details",
      entityId: current.id,
      entityVersion: input.version + 1,
      user: by,
      correlationId: ctx.correlationId,
      occurredAt: at,
      oldData: contactEventData({
        targetId: current.targetId,
        value: current.value,
        ...Object.fromEntries(changedFields.map((field) => [field, before[field]])),
      }),
      newData: contactEventData({
        targetId: current.targetId,
        value: current.value,
        ...Object.fromEntries(changedFields.map((field) => [field, changes[field]])),
      }),
    });
  });
  return getContactDetail(ctx, input.id);
}

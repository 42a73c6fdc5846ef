import { activeContactLimit, type TContactDetail, type TContactDetailChanges } from "@housing/schemas/contact-details";
import type { DomainContext } from "../common/domain-context.ts";
import { expectVersion } from "../kernel/version-conflict.ts";
import { AppError, found } from "../kernel/app-error.ts";
import { inChangeTransaction, updateAndRecordChange } from "../outbox/record-change.ts";
import { getContactDetail, todayFor } from "./contact-details-reads.ts";
import {
  clearDefaults,
  countActiveOfType,
  findContactDetailVersion,
  findVisibleContactDetail,
  lockContactTarget,
  updateContactDetailIfVersion,
} from "./contact-details.repository.ts";
import { assertOwnsArea, contactEventData } from "./contact-details-rules.ts";
import { contactIsActive } from "./contact-detail-view.ts";

function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, record[field]])) as Pick<T, K>;
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
    const changedFields = Object.keys(changes).filter((field) => field !== "endedAt") as (
      "isActive" | "isDefault" | "description"
    )[];
    const before = { isActive: wasActive, isDefault: current.isDefault, description: current.description };
    const about = { targetId: current.targetId, value: current.value };
    const change = {
      entityId: current.id,
      oldData: contactEventData({ ...about, ...pick(before, changedFields) }),
      newData: contactEventData({ ...about, ...pick(changes, changedFields) }),
    };
    const row = {
      entity: "contact detail",
      yourVersion: input.version,
      write: () => updateContactDetailIfVersion(tx, current.id, input.version, changes, by, at),
      currentVersion: () => findContactDetailVersion(tx, current.id),
    };
    await updateAndRecordChange(
      tx,
      stamp,
      row,
      changes.isActive === false
        ? { ...change, eventType: "ContactDetailDeactivatedEvent" }
        : { ...change, eventType: "ContactDetailUpdatedEvent" },
    );
  });
  return getContactDetail(ctx, input.id);
}

import type { TActivity } from "@housing/schemas/person";
import { parseActorStamp } from "../common/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { todayFor } from "../contact-details/contact-details-reads.ts";
import { visibleContactDetailIds } from "../contact-details/contact-details.repository.ts";
import { listEventsForEntities } from "../outbox/outbox.repository.ts";
import { personMustExist } from "./get-person.ts";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

// Fields that say which record an event is about rather than what changed.
const contextFields = new Set(["targetId", "consentId"]);

/** Field by field, what an event changed: created fields have no old value, cleared ones no new. */
export function fieldChanges(oldData: unknown, newData: unknown) {
  const before = asRecord(oldData);
  const after = asRecord(newData);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !contextFields.has(field))
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
}

/**
 * Who changed what about a person and when, newest first: the person record and the contact
 * details of theirs the caller may see (other areas' records stay invisible here too).
 */
export async function personActivity(
  ctx: Pick<DomainContext, "db" | "actor" | "clock">,
  input: { id: string; page: number; pageSize: number },
): Promise<{ results: TActivity[]; total: number }> {
  await personMustExist(ctx, input.id);
  const contactIds = await visibleContactDetailIds(ctx.db, input.id, ctx.actor.serviceAreas, todayFor(ctx).todayDate);
  const { rows, total } = await listEventsForEntities(ctx.db, [input.id, ...contactIds], {
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return {
    total,
    results: rows.map((event) => {
      const subject = asRecord(event.newData).value ?? asRecord(event.oldData).value;
      return {
        id: event.id,
        eventType: event.eventType,
        occurredAt: event.occurredAt.toISOString(),
        user: parseActorStamp(event.user),
        entityId: event.entityId,
        sourceDomain: event.sourceDomain,
        subject: typeof subject === "string" ? subject : null,
        changes: fieldChanges(event.oldData, event.newData),
      };
    }),
  };
}

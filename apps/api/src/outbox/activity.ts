import type { DbClient } from "@housing/db/client";
import type { TActivityPage } from "@housing/schemas/person";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { listEventsForEntities } from "./outbox.repository.ts";

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
 * Who changed what about any of the records and when, newest first, from the outbox they were
 * evented to; `subjectOf` picks which record of theirs an event was about (by default its value).
 */
export async function activityOf(
  db: DbClient,
  entityIds: readonly string[],
  input: { page: number; pageSize: number },
  subjectOf: (oldData: Record<string, unknown>, newData: Record<string, unknown>) => unknown = (before, after) =>
    after.value ?? before.value,
): Promise<TActivityPage> {
  const { rows, total } = await listEventsForEntities(db, entityIds, {
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return {
    total,
    results: rows.map((event) => {
      const subject = subjectOf(asRecord(event.oldData), asRecord(event.newData));
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

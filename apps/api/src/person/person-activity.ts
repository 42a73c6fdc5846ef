import type { DbClient } from "@housing/db/client";
import type { TActivity } from "@housing/schemas/person";
import { parseActorStamp } from "../common/actor-stamp.ts";
import { AppError } from "../errors.ts";
import { listEventsForEntities } from "../outbox/outbox.repository.ts";
import { personExists } from "./person.repository.ts";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Field by field, what an event changed: created fields have no old value, cleared ones no new. */
export function fieldChanges(oldData: unknown, newData: unknown) {
  const before = asRecord(oldData);
  const after = asRecord(newData);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields.map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
}

/** Who changed what about a person and when, newest first. */
export async function personActivity(
  deps: { db: DbClient },
  input: { id: string; page: number; pageSize: number },
): Promise<{ results: TActivity[]; total: number }> {
  if (!(await personExists(deps.db, input.id))) throw new AppError("NotFound", `No person has the id ${input.id}`);
  const { rows, total } = await listEventsForEntities(deps.db, [input.id], {
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
  });
  return {
    total,
    results: rows.map((event) => ({
      id: event.id,
      eventType: event.eventType,
      occurredAt: event.occurredAt.toISOString(),
      user: parseActorStamp(event.user),
      entityId: event.entityId,
      sourceDomain: event.sourceDomain,
      changes: fieldChanges(event.oldData, event.newData),
    })),
  };
}

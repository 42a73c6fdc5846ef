import {
  deathBeforeBirthMessage,
  deathPrecedesBirth,
  type TPerson,
  type TPersonChanges,
} from "@housing/schemas/person";
import { fromOptionalIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { foundAtVersion } from "../kernel/version-conflict.ts";
import { invalidField } from "../kernel/app-error.ts";
import { inChangeTransaction, updateAndRecordChange } from "../outbox/record-change.ts";
import { getPerson } from "./get-person.ts";
import { findPersonById, type PersonColumns, personUpdate } from "./person.repository.ts";
import { personEventData } from "./person-event-data.ts";

function toColumns(changes: TPersonChanges): Partial<PersonColumns> {
  const { dateOfBirth, dateOfDeath, ...text } = changes;
  return {
    ...text,
    ...(dateOfBirth !== undefined ? { dateOfBirth: fromOptionalIsoDate(dateOfBirth) ?? null } : {}),
    ...(dateOfDeath !== undefined ? { dateOfDeath: fromOptionalIsoDate(dateOfDeath) ?? null } : {}),
  } as Partial<PersonColumns>;
}

function comparable(value: unknown): unknown {
  return value instanceof Date ? toIsoDateOrNull(value) : (value ?? null);
}

/**
 * Applies a partial edit made against `version`. A stale version is a Conflict naming both
 * versions and nothing is written; an edit that changes nothing writes nothing and emits nothing.
 */
export async function updatePerson(
  ctx: DomainContext,
  input: { id: string; version: number; data: TPersonChanges },
): Promise<{ person: TPerson; changed: boolean }> {
  const changed = await inChangeTransaction(ctx, async (tx, stamp) => {
    const current = foundAtVersion("person", input.id, await findPersonById(tx, input.id), input.version);

    const requested = toColumns(input.data);
    const changedFields = (Object.keys(requested) as (keyof PersonColumns)[]).filter(
      (field) => comparable(requested[field]) !== comparable(current[field]),
    );
    if (changedFields.length === 0) return false;

    const merged = {
      dateOfBirth: comparable("dateOfBirth" in requested ? requested.dateOfBirth : current.dateOfBirth),
      dateOfDeath: comparable("dateOfDeath" in requested ? requested.dateOfDeath : current.dateOfDeath),
    };
    if (deathPrecedesBirth(merged)) {
      throw invalidField("data.dateOfDeath", deathBeforeBirthMessage);
    }

    const changes = Object.fromEntries(changedFields.map((field) => [field, requested[field]]));
    await updateAndRecordChange(tx, stamp, personUpdate(tx, input.id, input.version, changes, stamp), {
      eventType: "PersonUpdatedEvent",
      entityId: input.id,
      oldData: personEventData(Object.fromEntries(changedFields.map((field) => [field, current[field]]))),
      newData: personEventData(changes),
    });
    return true;
  });
  return { person: await getPerson(ctx, input.id), changed };
}

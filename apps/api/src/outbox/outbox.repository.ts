import type { DbClient } from "@housing/db/client";
import { Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";

export type NewDomainEvent = {
  eventType: string;
  sourceDomain: string;
  entityId: string;
  entityVersion: number | null;
  user: TActorStamp;
  correlationId: string;
  occurredAt: Date;
  oldData: Record<string, unknown> | null;
  newData: Record<string, unknown> | null;
};

const jsonOrNull = (value: Record<string, unknown> | null) =>
  value === null ? Prisma.JsonNull : (value as Prisma.InputJsonObject);

/** Appends to the outbox; call it with the transaction that made the change. */
export async function appendDomainEvent(tx: DbClient, event: NewDomainEvent): Promise<void> {
  await tx.domainEvent.create({
    data: {
      ...event,
      user: event.user as Prisma.InputJsonObject,
      oldData: jsonOrNull(event.oldData),
      newData: jsonOrNull(event.newData),
    },
  });
}

/** Events about any of the entities, newest first. */
export async function listEventsForEntities(
  db: DbClient,
  entityIds: readonly string[],
  page: { skip: number; take: number },
) {
  const where = { entityId: { in: [...entityIds] } };
  const [rows, total] = await Promise.all([
    db.domainEvent.findMany({ where, orderBy: { sequence: "desc" }, skip: page.skip, take: page.take }),
    db.domainEvent.count({ where }),
  ]);
  return { rows, total };
}

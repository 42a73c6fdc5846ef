import { bulkCopyOf, bulkStatementsOf, type Db, type DbClient } from "@housing/db/client";
import type { TDomainEventType, TSourceDomain } from "@housing/schemas/events";
import type { TActorStamp } from "@housing/schemas/person";

export type NewDomainEvent = {
  eventType: TDomainEventType;
  sourceDomain: TSourceDomain;
  entityId: string;
  entityVersion: number | null;
  user: TActorStamp;
  correlationId: string;
  occurredAt: Date;
  oldData: Record<string, unknown> | null;
  newData: Record<string, unknown> | null;
};

/**
 * Appends to the outbox (domain functions go through recordChange, which checks the payload and
 * stamps it); call it with the transaction that made the change. Every write does, so
 * it is plain SQL: Prisma's create took twice as long (compiling the query, reading the row back).
 * A missing oldData or newData is stored as JSON null, as Prisma.JsonNull stored it.
 */
export async function appendDomainEvent(tx: DbClient, event: NewDomainEvent): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "DomainEvent"
      ("id", "eventType", "sourceDomain", "entityId", "entityVersion", "user", "correlationId", "occurredAt", "oldData", "newData")
    VALUES (${crypto.randomUUID()}::uuid, ${event.eventType}, ${event.sourceDomain}, ${event.entityId}::uuid,
      ${event.entityVersion}::integer, ${JSON.stringify(event.user)}::jsonb, ${event.correlationId}, ${event.occurredAt},
      ${JSON.stringify(event.oldData)}::jsonb, ${JSON.stringify(event.newData)}::jsonb)`;
}

/** Appends many events with `COPY` (or one statement), in the order given (a bulk import's). */
export async function appendDomainEvents(tx: DbClient, events: readonly NewDomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ ...event, id: crypto.randomUUID() }));
  const copy = await bulkCopyOf(tx);
  if (copy) {
    // COPY writes a missing value as SQL NULL; stored here, as below, as JSON null.
    const jsonNull = { toJSON: () => null };
    return copy(
      "DomainEvent",
      rows.map((row) => ({ ...row, oldData: row.oldData ?? jsonNull, newData: row.newData ?? jsonNull })),
    );
  }
  const run = await bulkStatementsOf(tx);
  await run(
    `INSERT INTO "DomainEvent"
      ("id", "eventType", "sourceDomain", "entityId", "entityVersion", "user", "correlationId", "occurredAt", "oldData", "newData")
    SELECT r.id, r."eventType", r."sourceDomain", r."entityId", r."entityVersion", r."user", r."correlationId",
      r."occurredAt", coalesce(r."oldData", 'null'::jsonb), coalesce(r."newData", 'null'::jsonb)
    FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (
      id uuid, "eventType" text, "sourceDomain" text, "entityId" uuid, "entityVersion" integer, "user" jsonb,
      "correlationId" text, "occurredAt" timestamptz, "oldData" jsonb, "newData" jsonb)) WITH ORDINALITY
      AS r(id, "eventType", "sourceDomain", "entityId", "entityVersion", "user", "correlationId", "occurredAt",
        "oldData", "newData", ordinality)
    ORDER BY r.ordinality`,
    [JSON.stringify(rows)],
  );
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

/** The next events after a consumer's checkpoint, in the order they were written. */
export async function readEventsAfter(db: DbClient, sequence: bigint, take: number) {
  return db.domainEvent.findMany({ where: { sequence: { gt: sequence } }, orderBy: { sequence: "asc" }, take });
}

export async function readCheckpoint(db: DbClient, consumer: string): Promise<bigint> {
  const row = await db.outboxCheckpoint.findUnique({ where: { consumer } });
  return row?.lastSequence ?? 0n;
}

export async function saveCheckpoint(db: DbClient, consumer: string, sequence: bigint): Promise<void> {
  await db.outboxCheckpoint.upsert({
    where: { consumer },
    create: { consumer, lastSequence: sequence },
    update: { lastSequence: sequence },
  });
}

export async function parkDeadLetter(
  db: DbClient,
  entry: { consumer: string; eventId: string; sequence: bigint; error: string; attempts: number },
): Promise<void> {
  await db.outboxDeadLetter.upsert({
    where: { consumer_eventId: { consumer: entry.consumer, eventId: entry.eventId } },
    create: entry,
    update: { error: entry.error, attempts: entry.attempts, parkedAt: new Date() },
  });
}

/** How far a consumer is behind: events not yet read, and the age of the oldest of them. */
export async function consumerLag(db: DbClient, consumer: string) {
  const checkpoint = await readCheckpoint(db, consumer);
  const [pending, oldest, deadLetters] = await Promise.all([
    db.domainEvent.count({ where: { sequence: { gt: checkpoint } } }),
    db.domainEvent.findFirst({
      where: { sequence: { gt: checkpoint } },
      orderBy: { sequence: "asc" },
      select: { occurredAt: true },
    }),
    db.outboxDeadLetter.count({ where: { consumer } }),
  ]);
  return { checkpoint, pending, oldestPendingAt: oldest?.occurredAt ?? null, deadLetters };
}

export async function latestEventSequence(db: DbClient): Promise<bigint> {
  const latest = await db.domainEvent.findFirst({ orderBy: { sequence: "desc" }, select: { sequence: true } });
  return latest?.sequence ?? 0n;
}

/**
 * The latest sequence once the transactions still writing events have finished, so no event at or
 * below it can commit later; null when writers kept the table busy (the caller then assumes
 * nothing). A sequence number is taken when a transaction writes its event, not when it commits.
 */
export async function latestSettledSequence(db: Db): Promise<bigint | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        // SHARE waits for the writers in flight and holds new ones back for this moment only; the
        // short timeout gives way before PostgreSQL's deadlock check (1 s) could abort a writer.
        await tx.$executeRaw`SET LOCAL lock_timeout = '100ms'`;
        await tx.$executeRaw`LOCK TABLE "DomainEvent" IN SHARE MODE`;
        return latestEventSequence(tx);
      });
    } catch (error) {
      if (!isLockTimeout(error)) throw error;
    }
  }
  return null;
}

function isLockTimeout(error: unknown): boolean {
  return error instanceof Error && /lock timeout/i.test(error.message);
}

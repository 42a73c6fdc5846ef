import type { DbClient, Prisma } from "@housing/db/client";
import { sourceDomainOf, type TNewDomainEventPayload, ZDomainEvent } from "@housing/schemas/events";
import type { TActorStamp } from "@housing/schemas/person";
import { actorStamp } from "../kernel/actor-stamp.ts";
import { type VersionedWrite, updateIfVersion } from "../kernel/version-conflict.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { inTransaction } from "../common/in-transaction.ts";
import { appendDomainEvent, appendDomainEvents, type NewDomainEvent } from "./outbox.repository.ts";

/** Who made a change, when, and the request it belongs to: the same for every row and event a write touches. */
export type ChangeStamp = { by: TActorStamp; at: Date; correlationId: string };

export function changeStamp(ctx: Pick<DomainContext, "actor" | "clock" | "correlationId">): ChangeStamp {
  return { by: actorStamp(ctx.actor), at: ctx.clock.now(), correlationId: ctx.correlationId };
}

/**
 * Runs a domain write in a transaction (see inTransaction) with the one stamp that every row and
 * event it touches carries; the stamp is taken before the transaction starts.
 */
export function inChangeTransaction<T>(
  ctx: Pick<DomainContext, "db" | "actor" | "clock" | "correlationId">,
  work: (tx: Prisma.TransactionClient, stamp: ChangeStamp) => Promise<T>,
): Promise<T> {
  const stamp = changeStamp(ctx);
  return inTransaction(ctx.db, (tx) => work(tx, stamp));
}

type WithoutSource<E> = E extends unknown ? Omit<E, "sourceDomain"> : never;

/** One change as a domain function records it; the source domain follows from the event type. */
export type RecordedChange = WithoutSource<TNewDomainEventPayload> & {
  entityId: string;
  entityVersion: number | null;
};

/**
 * Records a change in the outbox inside the transaction that made it. The payload is checked
 * against the event union (so every event the indexer and the activity history read parses) and
 * stored as given.
 */
export async function recordChange(tx: DbClient, stamp: ChangeStamp, change: RecordedChange): Promise<void> {
  await appendDomainEvent(tx, domainEventOf(stamp, change));
}

/** Records many changes, each with its own stamp, in the order given, in one statement (a bulk import's). */
export async function recordChanges(
  tx: DbClient,
  changes: readonly { stamp: ChangeStamp; change: RecordedChange }[],
): Promise<void> {
  await appendDomainEvents(
    tx,
    changes.map(({ stamp, change }) => domainEventOf(stamp, change)),
  );
}

/** The outbox row of a change, its payload checked against the event union. */
function domainEventOf(stamp: ChangeStamp, change: RecordedChange): NewDomainEvent {
  const sourceDomain = sourceDomainOf[change.eventType];
  ZDomainEvent.parse({ eventType: change.eventType, sourceDomain, oldData: change.oldData, newData: change.newData });
  return {
    eventType: change.eventType,
    sourceDomain,
    entityId: change.entityId,
    entityVersion: change.entityVersion,
    user: stamp.by,
    correlationId: stamp.correlationId,
    occurredAt: stamp.at,
    oldData: change.oldData,
    newData: change.newData,
  };
}

type OfOwner<E> = E extends unknown ? Omit<E, "entityId" | "entityVersion"> : never;

/**
 * Records a change to something a record owns (its consents, its household, a payment's suspense
 * state) that leaves the record's version as it is: `touch` stamps the record as modified by this
 * change all the same, so that an incremental extract finds it, and the event is the record's, at
 * its version.
 */
export async function recordOwnedChange(
  tx: DbClient,
  stamp: ChangeStamp,
  touch: (tx: DbClient, id: string, by: TActorStamp, at: Date) => Promise<void>,
  owner: { id: string; version: number },
  change: OfOwner<RecordedChange>,
): Promise<void> {
  await touch(tx, owner.id, stamp.by, stamp.at);
  await recordChange(tx, stamp, { ...change, entityId: owner.id, entityVersion: owner.version });
}

type Creation<E> = E extends { oldData: null } ? Omit<E, "entityVersion" | "oldData"> : never;

/** Records a record's creation: its first version, with nothing before it. */
export async function recordCreation(
  tx: DbClient,
  stamp: ChangeStamp,
  change: Creation<RecordedChange>,
): Promise<void> {
  await recordChange(tx, stamp, { ...change, entityVersion: 1, oldData: null });
}

type Unversioned<E> = E extends unknown ? Omit<E, "entityVersion"> : never;

/**
 * A versioned update and the event it makes, in the caller's transaction: the write runs only while
 * the row still has `yourVersion` (see updateIfVersion: otherwise a Conflict, and no event), and the
 * event carries the version the row moved to, which is answered.
 */
export async function updateAndRecordChange(
  tx: DbClient,
  stamp: ChangeStamp,
  row: VersionedWrite,
  change: Unversioned<RecordedChange>,
): Promise<number> {
  const entityVersion = await updateIfVersion(row.entity, row.yourVersion, row);
  await recordChange(tx, stamp, { ...change, entityVersion });
  return entityVersion;
}

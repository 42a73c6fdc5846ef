import { type DbClient, lockRow, type Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import { type KeysetWindow, keysetWhere } from "../kernel/keyset-window.ts";
import { personRowsInAreas } from "../kernel/service-area-rows.ts";
import { nextVersion, versionedUpdate } from "../kernel/version-conflict.ts";

const withConsents = { consents: { orderBy: { grantedAt: "asc" } } } satisfies Prisma.ContactDetailInclude;
export type ContactDetailRow = Prisma.ContactDetailGetPayload<{ include: typeof withConsents }>;

/**
 * The ownership and consent rule as a query: records of the caller's areas, plus records another
 * area shared with one of them through a consent that is neither revoked nor expired.
 */
export function visibleTo(serviceAreas: readonly string[], today: Date): Prisma.ContactDetailWhereInput {
  return {
    OR: [
      { serviceArea: { in: [...serviceAreas] } },
      {
        consents: {
          some: {
            grantedToArea: { in: [...serviceAreas] },
            revokedAt: null,
            OR: [{ validUntil: null }, { validUntil: { gte: today } }],
          },
        },
      },
    ],
  };
}

/** A keyset batch of the records these areas may see (the rule above), active or not, in id order. */
export function visibleContactDetailBatch(
  db: DbClient,
  serviceAreas: readonly string[],
  today: Date,
  window: KeysetWindow,
) {
  return db.contactDetail.findMany({
    where: { AND: [visibleTo(serviceAreas, today), keysetWhere(window)] },
    orderBy: { id: "asc" },
    take: window.take,
    omit: { version: true, createdBy: true, modifiedBy: true },
  });
}

/** Active means not marked historic and not past its valid-until date. */
export function activeOn(today: Date): Prisma.ContactDetailWhereInput {
  return { isActive: true, OR: [{ validUntil: null }, { validUntil: { gte: today } }] };
}

export async function findVisibleContactDetail(db: DbClient, id: string, serviceAreas: readonly string[], today: Date) {
  return db.contactDetail.findFirst({ where: { id, ...visibleTo(serviceAreas, today) }, include: withConsents });
}

export async function listVisibleContactDetails(
  db: DbClient,
  targetId: string,
  serviceAreas: readonly string[],
  today: Date,
  includeHistoric: boolean,
) {
  return db.contactDetail.findMany({
    where: { AND: [{ targetId }, visibleTo(serviceAreas, today), includeHistoric ? {} : activeOn(today)] },
    include: withConsents,
    orderBy: [{ contactType: "asc" }, { isDefault: "desc" }, { createdAt: "desc" }],
  });
}

/** The records a limit or a default applies to: one target's records of one type in one area. */
export type ContactScope = { targetId: string; serviceArea: string; contactType: "phone" | "email" | "address" };

export async function countActiveOfType(
  db: DbClient,
  where: ContactScope,
  today: Date,
  exceptId?: string,
): Promise<number> {
  return db.contactDetail.count({
    where: { AND: [where, activeOn(today), exceptId ? { id: { not: exceptId } } : {}] },
  });
}

/** Within one area a target has at most one default per contact type. */
export async function clearDefaults(
  tx: DbClient,
  where: ContactScope,
  exceptId: string | undefined,
  by: TActorStamp,
  at: Date,
) {
  const previous = await tx.contactDetail.findMany({
    where: { ...where, isDefault: true, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, version: true },
  });
  if (previous.length > 0) {
    await tx.contactDetail.updateMany({
      where: { id: { in: previous.map((p) => p.id) } },
      data: { isDefault: false, ...nextVersion(by, at) },
    });
  }
  return previous;
}

export async function insertContactDetail(tx: DbClient, data: Prisma.ContactDetailUncheckedCreateInput) {
  return tx.contactDetail.create({ data, select: { id: true } });
}

/** A contact detail's versioned update (see versionedUpdate). */
export const contactDetailUpdate = versionedUpdate<
  DbClient,
  { isActive?: boolean; isDefault?: boolean; description?: string | null; endedAt?: Date | null }
>("contact detail", {
  updateMany: (tx, args) => tx.contactDetail.updateMany(args),
  findVersion: (db, id) => db.contactDetail.findUnique({ where: { id }, select: { version: true } }),
});

/**
 * Locks the target (person, organisation or tenure) whose contact details are about to be counted
 * or have their default changed, so that the limit of active records and the one default per area
 * hold however many requests race; false when no such target exists.
 */
export async function lockContactTarget(tx: DbClient, targetType: "person" | "organisation" | "tenure", id: string) {
  return lockRow(tx, targetType, id);
}

/** Locks one record so that consents granted and withdrawn on it apply one after another. */
export async function lockContactDetail(tx: DbClient, id: string): Promise<boolean> {
  return lockRow(tx, "contactDetail", id);
}

export async function insertConsent(tx: DbClient, data: Prisma.ContactConsentUncheckedCreateInput) {
  return tx.contactConsent.create({ data });
}

export async function revokeConsentById(
  tx: DbClient,
  contactDetailId: string,
  consentId: string,
  by: TActorStamp,
  at: Date,
) {
  const { count } = await tx.contactConsent.updateMany({
    where: { id: consentId, contactDetailId, revokedAt: null },
    data: { revokedAt: at, revokedBy: by },
  });
  return count === 1;
}

/**
 * Stamps a consent granted or withdrawn on the record it shares: who may see the record changed, so
 * an incremental reporting load (modifiedSince) picks the newly shared record up.
 */
export async function markSharingChanged(tx: DbClient, id: string, by: TActorStamp, at: Date): Promise<void> {
  await tx.contactDetail.update({ where: { id }, data: { modifiedAt: at, modifiedBy: by }, select: { id: true } });
}

/** Ids of a target's contact details the caller may see, for their activity history. */
export async function visibleContactDetailIds(
  db: DbClient,
  targetId: string,
  serviceAreas: readonly string[],
  today: Date,
) {
  const rows = await db.contactDetail.findMany({
    where: { AND: [{ targetId }, visibleTo(serviceAreas, today)] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export async function findContactPreferences(db: DbClient, personId: string, serviceAreas: readonly string[]) {
  return db.personContactPreference.findMany(personRowsInAreas(personId, serviceAreas));
}

export async function saveContactPreference(
  tx: DbClient,
  key: { personId: string; serviceArea: string },
  method: "phone" | "email" | "post" | null,
  by: TActorStamp,
  at: Date,
) {
  if (method === null) {
    await tx.personContactPreference.deleteMany({ where: key });
    return;
  }
  await tx.personContactPreference.upsert({
    where: { personId_serviceArea: key },
    create: { ...key, method, modifiedAt: at, modifiedBy: by },
    update: { method, modifiedAt: at, modifiedBy: by },
  });
}

/** Of these records, the ones the caller's areas may see and that are still active (for search). */
export async function filterVisibleActiveContactDetailIds(
  db: DbClient,
  ids: readonly string[],
  serviceAreas: readonly string[],
  today: Date,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.contactDetail.findMany({
    where: { AND: [{ id: { in: [...ids] } }, visibleTo(serviceAreas, today), activeOn(today)] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

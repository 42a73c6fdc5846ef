import type { DbClient } from "@housing/db/client";
import { type KeysetWindow as TExtractWindow, keysetRead } from "../kernel/keyset-window.ts";

// Keyset reads for the reporting extracts: each batch is one indexed range read on the primary key
// (WHERE id > after ORDER BY id LIMIT take), so a batch costs the same at row 100 as at row 100,000.

/** Persons without equality, identity or service-area data (those live in tables of their own). */
export function personBatch(db: DbClient, window: TExtractWindow) {
  return db.person.findMany({
    ...keysetRead(window),
    select: {
      id: true,
      personRef: true,
      title: true,
      firstName: true,
      middleName: true,
      surname: true,
      preferredTitle: true,
      preferredFirstName: true,
      preferredMiddleName: true,
      preferredSurname: true,
      dateOfBirth: true,
      dateOfDeath: true,
      personTypes: true,
      createdAt: true,
      modifiedAt: true,
    },
  });
}
export type PersonExtractRow = Awaited<ReturnType<typeof personBatch>>[number];

export function assetBatch(db: DbClient, window: TExtractWindow) {
  return db.asset.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true, modifiedBy: true },
  });
}
export type AssetExtractRow = Awaited<ReturnType<typeof assetBatch>>[number];

export function tenureBatch(db: DbClient, window: TExtractWindow) {
  return db.tenure.findMany({
    ...keysetRead(window),
    omit: { version: true, createdBy: true, modifiedBy: true },
    include: { tenureType: { select: { description: true } } },
  });
}
export type TenureExtractRow = Awaited<ReturnType<typeof tenureBatch>>[number];

/**
 * Household members in (tenureId, personId) order, the key their `tenureId:personId` ids sort by. A
 * membership has no modifiedAt of its own: a household change stamps its tenure, so modifiedSince
 * picks every member of each tenure changed since, and a loader replaces those tenures' members.
 */
export function householdMemberBatch(db: DbClient, window: TExtractWindow) {
  const [tenureId, personId] = window.after?.split(":") ?? [];
  return db.householdMember.findMany({
    where: {
      ...(tenureId && personId
        ? { OR: [{ tenureId: { gt: tenureId } }, { tenureId, personId: { gt: personId } }] }
        : {}),
      ...(window.modifiedSince === undefined ? {} : { tenure: { modifiedAt: { gte: window.modifiedSince } } }),
    },
    orderBy: [{ tenureId: "asc" }, { personId: "asc" }],
    take: window.take,
    include: { tenure: { select: { modifiedAt: true } } },
  });
}
export type HouseholdMemberExtractRow = Awaited<ReturnType<typeof householdMemberBatch>>[number];

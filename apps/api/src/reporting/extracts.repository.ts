import type { DbClient } from "@housing/db/client";
import { type KeysetBatchRow, type KeysetWindow as TExtractWindow, keysetRead } from "../kernel/keyset-window.ts";

// Keyset reads for the reporting extracts: each batch is one indexed range read on the primary key
// (WHERE id > after ORDER BY id LIMIT take), so a batch costs the same at row 100 as at row 100,000.

/** The columns no extract carries: the row's version and who created and last changed it. */
const notExtracted = { version: true, createdBy: true, modifiedBy: true } as const;

/** One batch of a table's extract: the window's rows without the columns no extract carries. */
export const extractRead = (window: TExtractWindow) => ({ ...keysetRead(window), omit: notExtracted });

/**
 * Persons without their place of birth or the reason given for the record; equality, identity and
 * service-area data live in tables of their own.
 */
export function personBatch(db: DbClient, window: TExtractWindow) {
  return db.person.findMany({ ...keysetRead(window), omit: { ...notExtracted, placeOfBirth: true, reason: true } });
}
export type PersonExtractRow = KeysetBatchRow<typeof personBatch>;

export function assetBatch(db: DbClient, window: TExtractWindow) {
  return db.asset.findMany(extractRead(window));
}
export type AssetExtractRow = KeysetBatchRow<typeof assetBatch>;

export function tenureBatch(db: DbClient, window: TExtractWindow) {
  return db.tenure.findMany({ ...extractRead(window), include: { tenureType: { select: { description: true } } } });
}
export type TenureExtractRow = KeysetBatchRow<typeof tenureBatch>;

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
export type HouseholdMemberExtractRow = KeysetBatchRow<typeof householdMemberBatch>;

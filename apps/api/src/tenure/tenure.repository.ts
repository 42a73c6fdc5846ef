import { type DbClient, lockRow, type Prisma } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import { assetSummary } from "@housing/db/selects";
import { versionedUpdate } from "../kernel/version-conflict.ts";

const tenureWithDetails = {
  tenureType: true,
  asset: { select: assetSummary },
  householdMembers: {
    include: { person: { select: { id: true, title: true, firstName: true, surname: true, dateOfBirth: true } } },
    orderBy: [{ isResponsible: "desc" }, { addedAt: "asc" }, { personId: "asc" }],
  },
  rentAccount: { include: { charges: { where: { endDate: null } } } },
} satisfies Prisma.TenureInclude;
export type TenureRow = Prisma.TenureGetPayload<{ include: typeof tenureWithDetails }>;

export async function findTenureById(db: DbClient, id: string): Promise<TenureRow | null> {
  return db.tenure.findUnique({ where: { id }, include: tenureWithDetails });
}

/**
 * What a household change needs of its tenure (the version its events carry and the kind that sets
 * person types), with the tenure locked so that changes to one household apply one at a time.
 */
export async function lockTenureForMembership(tx: DbClient, id: string) {
  if (!(await lockRow(tx, "tenure", id))) return null;
  return tx.tenure.findUnique({
    where: { id },
    select: { id: true, version: true, tenureType: { select: { kind: true } } },
  });
}

/**
 * Stamps a household change on its tenure (not its version: the tenure's own fields did not change),
 * so the household-members extract, which loads by the tenure's modifiedAt, finds it.
 */
export async function markHouseholdChanged(tx: DbClient, tenureId: string, by: TActorStamp, at: Date): Promise<void> {
  await tx.tenure.update({ where: { id: tenureId }, data: { modifiedAt: at, modifiedBy: by }, select: { id: true } });
}

/**
 * Locks the home so that tenures on it are started one at a time; each then sees the tenure the
 * one before it committed. Answers whether the asset exists.
 */
export async function lockAssetForTenures(tx: DbClient, assetId: string): Promise<boolean> {
  return lockRow(tx, "asset", assetId);
}

/** The payment reference of another tenure on the asset whose dates overlap [start, end] (end null: open-ended). */
export async function findOverlappingTenure(
  db: DbClient,
  { assetId, start, end, exceptId }: { assetId: string; start: Date; end: Date | null; exceptId?: string },
): Promise<string | null> {
  const row = await db.tenure.findFirst({
    where: {
      assetId,
      ...(exceptId === undefined ? {} : { id: { not: exceptId } }),
      OR: [{ endOfTenureDate: null }, { endOfTenureDate: { gte: start } }],
      ...(end === null ? {} : { startOfTenureDate: { lte: end } }),
    },
    select: { paymentReference: true },
    orderBy: { startOfTenureDate: "desc" },
  });
  return row?.paymentReference ?? null;
}

export async function listTenureTypes(db: DbClient) {
  return db.tenureType.findMany({ select: { code: true, description: true }, orderBy: { description: "asc" } });
}

export async function findTenureType(db: DbClient, code: string) {
  return db.tenureType.findUnique({ where: { code } });
}

export async function tenureWithPaymentReferenceExists(db: DbClient, paymentReference: string): Promise<boolean> {
  return (await db.tenure.count({ where: { paymentReference } })) > 0;
}

export async function insertTenure(tx: DbClient, data: Prisma.TenureUncheckedCreateInput) {
  return tx.tenure.create({ data, select: { id: true } });
}

export async function tenureIdExists(db: DbClient, id: string): Promise<boolean> {
  return (await db.tenure.count({ where: { id } })) > 0;
}

/** A tenure's versioned update (see versionedUpdate). */
export const tenureUpdate = versionedUpdate<DbClient, Prisma.TenureUncheckedUpdateManyInput>("tenure", {
  updateMany: (tx, args) => tx.tenure.updateMany(args),
  findVersion: (db, id) => db.tenure.findUnique({ where: { id }, select: { version: true } }),
});

export async function findMembership(db: DbClient, tenureId: string, personId: string) {
  return db.householdMember.findUnique({ where: { tenureId_personId: { tenureId, personId } } });
}

export async function upsertMembership(
  tx: DbClient,
  membership: {
    tenureId: string;
    personId: string;
    isResponsible: boolean;
    personTenureType: Prisma.HouseholdMemberCreateManyInput["personTenureType"];
  },
  at: Date,
) {
  await tx.householdMember.upsert({
    where: { tenureId_personId: { tenureId: membership.tenureId, personId: membership.personId } },
    create: { ...membership, addedAt: at },
    update: { isResponsible: membership.isResponsible, personTenureType: membership.personTenureType },
  });
}

export async function deleteMembership(tx: DbClient, tenureId: string, personId: string): Promise<boolean> {
  const { count } = await tx.householdMember.deleteMany({ where: { tenureId, personId } });
  return count === 1;
}

/** The person-tenure types of all of a person's memberships, for deriving their person types. */
export async function membershipTypesOf(db: DbClient, personId: string) {
  const rows = await db.householdMember.findMany({ where: { personId }, select: { personTenureType: true } });
  return rows.map((row) => row.personTenureType);
}

/**
 * The ids of the cautionary alerts raised against a tenure, whose events belong in its activity (the
 * alert domain sits above tenure, so tenure reads the ids from its side of the link).
 */
export async function findCautionaryAlertIdsOnTenure(db: DbClient, tenureId: string): Promise<string[]> {
  const rows = await db.cautionaryAlert.findMany({ where: { tenureId }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The names of the persons, by id, as a household's activity names them. */
export async function findPersonNames(db: DbClient, ids: readonly string[]) {
  return db.person.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, title: true, firstName: true, surname: true },
  });
}

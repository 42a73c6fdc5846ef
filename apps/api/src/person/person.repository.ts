import { type DbClient, lockRow } from "@housing/db/client";
import type { Prisma } from "@housing/db/client";
import type { TActorStamp, TPersonType, TTitle } from "@housing/schemas/person";
import { assetAddressLines } from "@housing/db/selects";
import { equalsIgnoringCase } from "../kernel/like-pattern.ts";
import type { PersonNames } from "../kernel/person-name.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { nextVersion, versionedUpdate } from "../kernel/version-conflict.ts";
import { alphabeticalPageOfIds } from "./persons-in-order.repository.ts";

const personWithRelations = {
  tenancies: {
    include: {
      tenure: {
        include: {
          tenureType: true,
          asset: {
            select: {
              id: true,
              uprn: true,
              propertyReference: true,
              ...assetAddressLines,
            },
          },
        },
      },
    },
  },
  links: { orderBy: { rel: "asc" } },
} satisfies Prisma.PersonInclude;

export type PersonRow = Prisma.PersonGetPayload<{ include: typeof personWithRelations }>;

export type PersonColumns = PersonNames & {
  title: TTitle | null;
  preferredTitle: TTitle | null;
  placeOfBirth: string | null;
  dateOfBirth: Date | null;
  dateOfDeath: Date | null;
};

export async function findPersonById(db: DbClient, id: string): Promise<PersonRow | null> {
  return db.person.findUnique({ where: { id }, include: personWithRelations });
}

/** Locks a person's row, so that their derived person types are worked out one change at a time. */
export async function lockPerson(tx: DbClient, id: string): Promise<boolean> {
  return lockRow(tx, "person", id);
}

export async function findPersonTypes(db: DbClient, id: string) {
  return db.person.findUnique({ where: { id }, select: { personTypes: true } });
}

export async function personExists(db: DbClient, id: string): Promise<boolean> {
  return (await db.person.count({ where: { id } })) > 0;
}

/**
 * Reserves `count` human reference numbers of a counter at once (1 for a create, a whole import's
 * persons at its end); answers the first. The row lock holds other reservations until this
 * transaction ends, so numbers are gapless and never given twice.
 */
export async function reserveReferenceNumbers(tx: DbClient, counter: string, count: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "ReferenceCounter" ("name", "lastValue") VALUES (${counter}, ${count})
    ON CONFLICT ("name") DO UPDATE SET "lastValue" = "ReferenceCounter"."lastValue" + ${count}
    RETURNING "lastValue"`;
  if (!row) throw new Error(`Reference counter ${counter} returned no row`);
  return row.lastValue - count + 1;
}

/** The lowest provisional reference this transaction has given a person (0 when none): see DomainContext.personRefs. */
export async function findLowestProvisionalPersonRef(tx: DbClient): Promise<number> {
  const [row] = await tx.$queryRaw<{ lowest: number }[]>`
    SELECT coalesce(min("personRef"), 0)::int AS lowest FROM "Person" WHERE "personRef" < 0`;
  return row?.lowest ?? 0;
}

/**
 * Swaps this transaction's provisional person references for real ones, -1 for `beforeFirst` + 1,
 * -2 for the next, and so on, in their PersonCreatedEvents (recorded under `correlationId`) too.
 */
export async function renumberProvisionalPersons(
  tx: DbClient,
  correlationId: string,
  beforeFirst: number,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "DomainEvent" e
    SET "newData" = jsonb_set(e."newData", '{personRef}', to_jsonb(${beforeFirst}::int - p."personRef"))
    FROM "Person" p
    WHERE p."personRef" < 0 AND e."entityId" = p.id AND e."eventType" = 'PersonCreatedEvent'
      AND e."correlationId" = ${correlationId}`;
  await tx.$executeRaw`UPDATE "Person" SET "personRef" = ${beforeFirst}::int - "personRef" WHERE "personRef" < 0`;
}

export async function insertPerson(
  tx: DbClient,
  person: PersonColumns & {
    id: string | undefined;
    personRef: number;
    personTypes: TPersonType[];
    reason: string;
    by: TActorStamp;
    at: Date;
    links: { system: string; rel: string; href?: string | undefined; externalId?: string | undefined }[];
    tenancies: { tenureId: string; isResponsible: boolean; personTenureType: TPersonType & string }[];
  },
): Promise<string> {
  const { by, at, links, tenancies, ...columns } = person;
  const created = await tx.person.create({
    data: {
      ...columns,
      ...(person.id ? { id: person.id } : {}),
      ...createdStamp(by, at),
      // A nested create, even of nothing, costs Prisma a second query to read the row back.
      ...(links.length > 0
        ? {
            links: {
              create: links.map((link) => ({ ...link, href: link.href ?? null, externalId: link.externalId ?? null })),
            },
          }
        : {}),
    },
    select: { id: true },
  });
  if (tenancies.length > 0) {
    await tx.householdMember.createMany({
      data: tenancies.map((tenancy) => ({
        tenureId: tenancy.tenureId,
        personId: created.id,
        isResponsible: tenancy.isResponsible,
        personTenureType: tenancy.personTenureType as "Tenant",
        addedAt: at,
      })),
    });
    // A household's change is its tenure's change: the household-members extract loads by the tenure's modifiedAt.
    await tx.tenure.updateMany({
      where: { id: { in: tenancies.map((tenancy) => tenancy.tenureId) } },
      data: { modifiedAt: at, modifiedBy: by },
    });
  }
  return created.id;
}

/** A person's versioned update (see versionedUpdate). */
export const personUpdate = versionedUpdate<DbClient, Partial<PersonColumns>>("person", {
  updateMany: (tx, args) => tx.person.updateMany(args),
  findVersion: (db, id) => db.person.findUnique({ where: { id }, select: { version: true } }),
});

export async function findTenureKinds(db: DbClient, tenureIds: readonly string[]) {
  // Most persons come without tenures (a household adds them), and an empty look-up still costs two queries.
  const tenures =
    tenureIds.length === 0
      ? []
      : await db.tenure.findMany({
          where: { id: { in: [...tenureIds] } },
          select: { id: true, tenureType: { select: { kind: true } } },
        });
  return new Map(tenures.map((tenure) => [tenure.id, tenure.tenureType.kind]));
}

export type PersonDetailsQuery = { firstName?: string; lastName?: string; dateOfBirth?: Date };

const personSummarySelect = {
  id: true,
  personRef: true,
  title: true,
  firstName: true,
  middleName: true,
  surname: true,
  dateOfBirth: true,
  personTypes: true,
} satisfies Prisma.PersonSelect;

export type PersonSummaryRow = Prisma.PersonGetPayload<{ select: typeof personSummarySelect }>;

/** Exact (case-insensitive) match on whichever details are given, for the lookup route. */
export async function findPersonsByDetails(
  db: DbClient,
  query: PersonDetailsQuery,
  page: { skip: number; take: number },
): Promise<{ rows: PersonSummaryRow[]; total: number }> {
  const where: Prisma.PersonWhereInput = {
    ...(query.firstName ? { firstName: equalsIgnoringCase(query.firstName) } : {}),
    ...(query.lastName ? { surname: equalsIgnoringCase(query.lastName) } : {}),
    ...(query.dateOfBirth ? { dateOfBirth: query.dateOfBirth } : {}),
  };
  const [ids, total] = await Promise.all([alphabeticalPageOfIds(db, query, page), db.person.count({ where })]);
  const rows = await db.person.findMany({ where: { id: { in: ids } }, select: personSummarySelect });
  const position = new Map(ids.map((id, index) => [id, index]));
  return { rows: rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)), total };
}

export type DuplicateCandidateRow = PersonSummaryRow & {
  firstNameSimilarity: number;
  surnameSimilarity: number;
  swappedSimilarity: number;
  sameDateOfBirth: boolean;
  sharesTenure: boolean;
};

/**
 * Persons whose name is close to the one given (either way round), or who share the date of
 * birth and a similar surname, or who belong to one of the tenures; scored by the caller.
 */
export async function findDuplicateCandidates(
  db: DbClient,
  query: { firstName: string; surname: string; dateOfBirth: Date | null; tenureIds: string[] },
  limit: number,
): Promise<DuplicateCandidateRow[]> {
  const tenureIds = query.tenureIds.length > 0 ? query.tenureIds : ["00000000-0000-0000-0000-000000000000"];
  const rows = await db.$queryRaw<
    {
      id: string;
      personRef: number;
      title: string | null;
      firstName: string;
      middleName: string | null;
      surname: string;
      dateOfBirth: Date | null;
      personTypes: string[];
      first_similarity: number;
      surname_similarity: number;
      swapped_similarity: number;
      same_dob: boolean;
      shares_tenure: boolean;
    }[]
  >`
    WITH given AS (
      SELECT lower(unaccent(${query.firstName})) AS first, lower(unaccent(${query.surname})) AS last
    ), scored AS (
      SELECT p.id, p."personRef", p.title::text AS title, p."firstName", p."middleName", p.surname, p."dateOfBirth",
             p."personTypes"::text[] AS "personTypes",
             similarity(lower(unaccent(p."firstName")), g.first) AS first_similarity,
             similarity(lower(unaccent(p.surname)), g.last) AS surname_similarity,
             (similarity(lower(unaccent(p."firstName")), g.last) + similarity(lower(unaccent(p.surname)), g.first)) / 2
               AS swapped_similarity,
             levenshtein(lower(unaccent(p.surname)), g.last) AS surname_distance,
             (${query.dateOfBirth}::date IS NOT NULL AND p."dateOfBirth" = ${query.dateOfBirth}::date) AS same_dob,
             EXISTS (SELECT 1 FROM "HouseholdMember" hm
                     WHERE hm."personId" = p.id AND hm."tenureId" = ANY(${tenureIds}::uuid[])) AS shares_tenure
      FROM "Person" p, given g
    )
    SELECT * FROM scored
    WHERE (surname_similarity >= 0.45 OR surname_distance <= 2) AND (first_similarity >= 0.3 OR same_dob)
       OR swapped_similarity >= 0.6
       OR (same_dob AND surname_similarity >= 0.3)
       OR shares_tenure
    ORDER BY (first_similarity + surname_similarity + CASE WHEN same_dob THEN 1 ELSE 0 END) DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    id: row.id,
    personRef: row.personRef,
    title: row.title as PersonSummaryRow["title"],
    firstName: row.firstName,
    middleName: row.middleName,
    surname: row.surname,
    dateOfBirth: row.dateOfBirth,
    personTypes: row.personTypes as PersonSummaryRow["personTypes"],
    firstNameSimilarity: Number(row.first_similarity),
    surnameSimilarity: Number(row.surname_similarity),
    swappedSimilarity: Number(row.swapped_similarity),
    sameDateOfBirth: row.same_dob,
    sharesTenure: row.shares_tenure,
  }));
}

/** Current addresses of the persons' tenures, for telling candidates apart. */
export async function findTenureAddresses(db: DbClient, personIds: readonly string[]) {
  return db.householdMember.findMany({
    where: { personId: { in: [...personIds] } },
    select: {
      personId: true,
      tenure: {
        select: {
          endOfTenureDate: true,
          asset: {
            select: {
              ...assetAddressLines,
            },
          },
        },
      },
    },
  });
}

/** Person types follow household membership; this writes them with a new version. */
export async function updatePersonTypes(
  tx: DbClient,
  id: string,
  personTypes: TPersonType[],
  by: TActorStamp,
  at: Date,
): Promise<{ version: number }> {
  return tx.person.update({
    where: { id },
    data: { personTypes, ...nextVersion(by, at) },
    select: { version: true },
  });
}

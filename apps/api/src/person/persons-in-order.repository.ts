import { type DbClient, Prisma } from "@housing/db/client";
import { escapeLike } from "../kernel/like-pattern.ts";
import type { PersonDetailsQuery } from "./person.repository.ts";

/**
 * A page of the persons matching, by surname then first name with accents folded and case ignored
 * (Çelik with C, Şahin with S, "de Souza" with D), compared byte by byte as search's surname sort
 * compares its folded keys; Prisma's orderBy could only use the database's collation.
 */
export async function alphabeticalPageOfIds(
  db: DbClient,
  query: PersonDetailsQuery,
  page: { skip: number; take: number },
): Promise<string[]> {
  // ILIKE with the value escaped, as Prisma's insensitive equals (equalsIgnoringCase) reads it.
  const conditions = [
    ...(query.firstName ? [Prisma.sql`"firstName" ILIKE ${escapeLike(query.firstName)}`] : []),
    ...(query.lastName ? [Prisma.sql`surname ILIKE ${escapeLike(query.lastName)}`] : []),
    ...(query.dateOfBirth ? [Prisma.sql`"dateOfBirth" = ${query.dateOfBirth}::date`] : []),
  ];
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Person" ${where}
    ORDER BY lower(unaccent(surname)) COLLATE "C", lower(unaccent("firstName")) COLLATE "C", "personRef"
    OFFSET ${page.skip} LIMIT ${page.take}`;
  return rows.map((row) => row.id);
}

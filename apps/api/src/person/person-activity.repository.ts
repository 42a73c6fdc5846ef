import type { DbClient } from "@housing/db/client";

/**
 * The ids of the cautionary alerts raised against a person, whose events belong in the person's
 * activity (the alert domain sits above person, so person reads the ids from its side of the link).
 */
export async function findCautionaryAlertIdsOf(db: DbClient, personId: string): Promise<string[]> {
  const rows = await db.cautionaryAlert.findMany({ where: { personId }, select: { id: true } });
  return rows.map((row) => row.id);
}

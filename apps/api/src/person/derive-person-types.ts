import type { DbClient } from "@housing/db/client";
import { staffPersonTypes, type TPersonType } from "@housing/schemas/person";
import { type ChangeStamp, recordChange } from "../outbox/record-change.ts";
import { findPersonTypes, lockPerson, updatePersonTypes } from "./person.repository.ts";

const residentOrder: TPersonType[] = ["Tenant", "Leaseholder", "Freeholder", "HouseholdMember", "Occupant"];

/**
 * A resident's person types are those of their household memberships (staff types are kept); a
 * person left with no membership keeps the types they had, as a record of what they were.
 */
export function derivePersonTypes(
  current: readonly TPersonType[],
  membershipTypes: readonly TPersonType[],
): TPersonType[] {
  if (membershipTypes.length === 0) return [...current];
  const staff = current.filter((type) => staffPersonTypes.includes(type));
  return [...residentOrder.filter((type) => membershipTypes.includes(type)), ...staff];
}

export function sameTypes(a: readonly TPersonType[], b: readonly TPersonType[]): boolean {
  return a.length === b.length && a.every((type, i) => type === b[i]);
}

/**
 * Re-derives a person's types after a membership change, recording PersonUpdatedEvent when they
 * change; the household domain says how to read the person's memberships.
 */
export async function refreshPersonTypes(
  tx: DbClient,
  personId: string,
  stamp: ChangeStamp,
  membershipTypesOf: (tx: DbClient, personId: string) => Promise<readonly TPersonType[]>,
): Promise<void> {
  // Locked before the memberships are read: two household changes at once then each see the other's.
  if (!(await lockPerson(tx, personId))) return;
  const person = await findPersonTypes(tx, personId);
  if (!person) return;
  const next = derivePersonTypes(person.personTypes, await membershipTypesOf(tx, personId));
  if (sameTypes(next, person.personTypes)) return;
  const { version } = await updatePersonTypes(tx, personId, next, stamp.by, stamp.at);
  await recordChange(tx, stamp, {
    eventType: "PersonUpdatedEvent",
    entityId: personId,
    entityVersion: version,
    oldData: { personTypes: person.personTypes },
    newData: { personTypes: next },
  });
}

import type { TPersonType } from "@housing/schemas/person";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { personTenureTypeFor } from "../kernel/tenure-rules.ts";
import { personColumnsOf, personCreatedData } from "../person/create-person.ts";
import { derivePersonTypes } from "../person/derive-person-types.ts";
import {
  existingMemberships,
  insertRows,
  lockPersonsWithMemberships,
  lockTenures,
  reserveReferenceNumbers,
  stampTenures,
  updatePersonTypesInSet,
} from "./import-sets.repository.ts";
import { addEvent, allDistinct, refersUp, type SetRow, type SetRun } from "./set-run.ts";

/** Persons as writePerson writes them (without tenures or links), with the next reference numbers in file order. */
export async function writePersonsInSets(run: SetRun, rows: readonly SetRow<"person">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const firstRef = await reserveReferenceNumbers(tx, "person", rows.length);
  const persons = rows.map((row, index) => ({ row, columns: personColumnsOf(row.input), personRef: firstRef + index }));
  await insertRows(
    tx,
    "Person",
    persons.map(({ row, columns, personRef }) => ({
      ...columns,
      dateOfBirth: toIsoDateOrNull(columns.dateOfBirth),
      dateOfDeath: toIsoDateOrNull(columns.dateOfDeath),
      id: row.id,
      personRef,
      personTypes: row.input.personTypes,
      reason: row.input.reason,
      ...createdStamp(run.by, row.at),
    })),
  );
  for (const { row, columns, personRef } of persons) {
    addEvent(run, row, {
      eventType: "PersonCreatedEvent",
      entityId: row.id,
      entityVersion: 1,
      oldData: null,
      newData: personCreatedData(row.input, columns, personRef),
    });
  }
  return true;
}

/**
 * New household memberships as writeHouseholdMember writes them, when each would be accepted and
 * each person joins one household in the run: the tenure stamped, the member's types re-derived.
 */
export async function writeHouseholdMembersInSets(
  run: SetRun,
  rows: readonly SetRow<"householdMember">[],
): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  if (!allDistinct(rows, (row) => row.input.personId)) return false;
  const tenures = await lockTenures(tx, [...new Set(rows.map((row) => row.input.tenureId))]);
  const persons = await lockPersonsWithMemberships(
    tx,
    rows.map((row) => row.input.personId),
  );
  const known = rows.every(
    ({ line, input }) =>
      tenures.has(input.tenureId) &&
      persons.has(input.personId) &&
      refersUp(run, "tenure", input.tenureId, line) &&
      refersUp(run, "person", input.personId, line),
  );
  if (
    !known ||
    (
      await existingMemberships(
        tx,
        rows.map((row) => row.input),
      )
    ).size > 0
  )
    return false;
  const members = rows.map((row) => {
    const tenure = tenures.get(row.input.tenureId);
    const person = persons.get(row.input.personId);
    if (!tenure || !person) throw new Error("Every member's tenure and person were found above");
    return { row, tenure, person, personTenureType: personTenureTypeFor(tenure.kind, row.input.isResponsible) };
  });
  await insertRows(
    tx,
    "HouseholdMember",
    members.map(({ row, personTenureType }) => ({ ...row.input, personTenureType, addedAt: row.at })),
  );
  const lastChange = new Map(
    rows.map((row) => [row.input.tenureId, { id: row.input.tenureId, at: row.at, by: run.by }]),
  );
  await stampTenures(tx, [...lastChange.values()]);
  const newTypes: { id: string; at: Date; by: typeof run.by; personTypes: TPersonType[] }[] = [];
  for (const { row, tenure, person, personTenureType } of members) {
    const { personId, isResponsible, tenureId } = row.input;
    addEvent(run, row, {
      eventType: "HouseholdMemberAddedEvent",
      entityId: tenureId,
      entityVersion: tenure.version,
      oldData: null,
      newData: { personId, isResponsible, personTenureType },
    });
    const next = derivePersonTypes(person.personTypes, [...person.membershipTypes, personTenureType]);
    if (next.length === person.personTypes.length && next.every((type, i) => type === person.personTypes[i])) continue;
    newTypes.push({ id: personId, at: row.at, by: run.by, personTypes: next });
    addEvent(run, row, {
      eventType: "PersonUpdatedEvent",
      entityId: personId,
      entityVersion: person.version + 1,
      oldData: { personTypes: person.personTypes },
      newData: { personTypes: next },
    });
  }
  await updatePersonTypesInSet(tx, newTypes);
  return true;
}

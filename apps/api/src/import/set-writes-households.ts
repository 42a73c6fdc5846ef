import { createdStamp } from "../kernel/actor-stamp.ts";
import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { personTenureTypeFor } from "../kernel/tenure-rules.ts";
import { personColumnsOf, personCreatedData } from "../person/create-person.ts";
import { nextPersonRefs } from "../person/person-refs.ts";
import { derivePersonTypes, sameTypes } from "../person/derive-person-types.ts";
import {
  insertRows,
  lockPersonsWithMemberships,
  lockTenures,
  stampTenures,
  type PersonTypesChange,
  updatePersonTypesInSet,
} from "./import-sets.repository.ts";
import { addEvent, refersUp, type SetRow, type SetRun } from "./set-run.ts";

/**
 * Persons as writePerson writes them (without tenures or links), numbered as it numbers them, in
 * file order (an import's provisionally: see DomainContext.personRefs).
 */
export async function writePersonsInSets(run: SetRun, rows: readonly SetRow<"person">[]): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const personRefAt = await nextPersonRefs(tx, run.personRefs, rows.length);
  const persons = rows.map((row, index) => ({
    row,
    columns: personColumnsOf(row.input),
    personRef: personRefAt(index),
  }));
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
 * New household memberships as writeHouseholdMember writes them, when each would be accepted: the
 * tenure stamped, the member's types re-derived after each of their memberships in file order (a
 * membership already there is an update, left to the API's write: the table's key refuses it here).
 */
export async function writeHouseholdMembersInSets(
  run: SetRun,
  rows: readonly SetRow<"householdMember">[],
): Promise<boolean> {
  if (rows.length === 0) return true;
  const { tx } = run;
  const tenures = await lockTenures(tx, [...new Set(rows.map((row) => row.input.tenureId))]);
  const persons = await lockPersonsWithMemberships(tx, [...new Set(rows.map((row) => row.input.personId))]);
  const members = rows.flatMap((row) => {
    const { tenureId, personId, isResponsible } = row.input;
    const tenure = tenures.get(tenureId);
    const person = persons.get(personId);
    const known = refersUp(run, "tenure", tenureId, row.line) && refersUp(run, "person", personId, row.line);
    if (!tenure || !person || !known) return [];
    return [{ row, tenure, person, personTenureType: personTenureTypeFor(tenure.kind, isResponsible) }];
  });
  if (members.length < rows.length) return false;
  await insertRows(
    tx,
    "HouseholdMember",
    members.map(({ row, personTenureType }) => ({ ...row.input, personTenureType, addedAt: row.at })),
  );
  const lastChange = new Map(
    rows.map((row) => [row.input.tenureId, { id: row.input.tenureId, at: row.at, by: run.by }]),
  );
  await stampTenures(tx, [...lastChange.values()]);
  const changedPersons = new Map<string, PersonTypesChange>();
  for (const { row, tenure, person, personTenureType } of members) {
    const { personId, isResponsible, tenureId } = row.input;
    addEvent(run, row, {
      eventType: "HouseholdMemberAddedEvent",
      entityId: tenureId,
      entityVersion: tenure.version,
      oldData: null,
      newData: { personId, isResponsible, personTenureType },
    });
    person.membershipTypes.push(personTenureType);
    const next = derivePersonTypes(person.personTypes, person.membershipTypes);
    if (sameTypes(next, person.personTypes)) continue;
    addEvent(run, row, {
      eventType: "PersonUpdatedEvent",
      entityId: personId,
      entityVersion: person.version + 1,
      oldData: { personTypes: person.personTypes },
      newData: { personTypes: next },
    });
    Object.assign(person, { personTypes: next, version: person.version + 1 });
    changedPersons.set(personId, { id: personId, at: row.at, by: run.by, personTypes: next, version: person.version });
  }
  await updatePersonTypesInSet(tx, [...changedPersons.values()]);
  return true;
}

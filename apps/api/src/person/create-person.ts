import { type TCreatePerson } from "@housing/schemas/person";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import { type DomainContext, createThenRead } from "../common/domain-context.ts";
import { AppError, conflictingField } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation } from "../outbox/record-change.ts";
import { personTenureTypeFor } from "../kernel/tenure-rules.ts";
import { getPerson } from "./get-person.ts";
import { findTenureKinds, insertPerson, type PersonColumns, personExists } from "./person.repository.ts";
import { nextPersonRefs } from "./person-refs.ts";
import { personEventData } from "./person-event-data.ts";

/**
 * Creates a person with the next reference number, linked to any tenures given, and records
 * PersonCreatedEvent in the same transaction; nothing is written (not even a number used up)
 * when any part fails. Answers the id only: a bulk import has no use for the view.
 */
export async function writePerson(ctx: DomainContext, input: TCreatePerson): Promise<string> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    if (input.id && (await personExists(tx, input.id))) {
      throw conflictingField("id", `A person with the id ${input.id} already exists`);
    }
    const tenureKinds = await findTenureKinds(
      tx,
      input.tenures.map((t) => t.tenureId),
    );
    const unknown = input.tenures.flatMap((t, index) => (tenureKinds.has(t.tenureId) ? [] : [index]));
    if (unknown.length > 0) {
      throw new AppError("Invalid", "Some tenures do not exist", {
        fieldErrors: unknown.map((index) => ({ path: `tenures.${index}.tenureId`, message: "No tenure has this id" })),
      });
    }
    const columns = personColumnsOf(input);
    const personRef = (await nextPersonRefs(tx, ctx.personRefs, 1))(0);
    const newId = await insertPerson(tx, {
      ...columns,
      id: input.id,
      personRef,
      personTypes: input.personTypes,
      reason: input.reason,
      by: stamp.by,
      at: stamp.at,
      links: input.links,
      tenancies: input.tenures.map((t) => ({
        tenureId: t.tenureId,
        isResponsible: t.isResponsible,
        personTenureType: personTenureTypeFor(tenureKinds.get(t.tenureId) ?? "Other", t.isResponsible),
      })),
    });
    await recordCreation(tx, stamp, {
      eventType: "PersonCreatedEvent",
      entityId: newId,
      newData: personCreatedData(input, columns, personRef),
    });
    return newId;
  });
}

/** Creates a person (see writePerson) and answers them as the API shows them. */
export const createPerson = createThenRead(writePerson, getPerson);

/** A new person's columns from the API's input (a bulk import builds the same). */
export function personColumnsOf(input: TCreatePerson): PersonColumns {
  return {
    title: input.title ?? null,
    preferredTitle: input.preferredTitle ?? null,
    firstName: input.firstName,
    middleName: input.middleName ?? null,
    surname: input.surname,
    preferredFirstName: input.preferredFirstName ?? null,
    preferredMiddleName: input.preferredMiddleName ?? null,
    preferredSurname: input.preferredSurname ?? null,
    placeOfBirth: input.placeOfBirth ?? null,
    dateOfBirth: input.dateOfBirth ? fromIsoDate(input.dateOfBirth) : null,
    dateOfDeath: input.dateOfDeath ? fromIsoDate(input.dateOfDeath) : null,
  };
}

/** What PersonCreatedEvent records of a new person. */
export function personCreatedData(input: TCreatePerson, columns: PersonColumns, personRef: number) {
  return {
    ...personEventData(columns, { omitEmpty: true }),
    personRef,
    personTypes: input.personTypes,
    reason: input.reason,
    ...(input.tenures.length ? { tenures: input.tenures } : {}),
  };
}

import type { DbClient } from "@housing/db/client";
import type { DomainContext } from "../common/domain-context.ts";
import {
  findLowestProvisionalPersonRef,
  renumberProvisionalPersons,
  reserveReferenceNumbers,
} from "./person.repository.ts";

/**
 * The reference numbers of `count` persons about to be made, in the order made, as `personRefs`
 * says (DomainContext.personRefs): the person counter's next, or the next provisional ones below
 * the lowest this transaction has given. Answers the number of the `index`-th (from 0).
 */
export async function nextPersonRefs(
  tx: DbClient,
  personRefs: DomainContext["personRefs"],
  count: number,
): Promise<(index: number) => number> {
  if (personRefs === "provisional") {
    const lowest = await findLowestProvisionalPersonRef(tx);
    return (index) => lowest - 1 - index;
  }
  const first = await reserveReferenceNumbers(tx, "person", count);
  return (index) => first + index;
}

/**
 * Gives this transaction's persons with provisional references the person counter's next ones, -1
 * the first, -2 the next and so on (the order they were made in), and their PersonCreatedEvents
 * (recorded under `correlationId`) the same.
 */
export async function assignProvisionalPersonRefs(tx: DbClient, correlationId: string): Promise<void> {
  // As many numbers as the lowest provisional one reaches, so every provisional one maps inside
  // the reservation.
  const count = -(await findLowestProvisionalPersonRef(tx));
  if (count === 0) return;
  await renumberProvisionalPersons(tx, correlationId, (await reserveReferenceNumbers(tx, "person", count)) - 1);
}

import { safeReturnPath } from "../auth/return-to.ts";

/** A person picked for a household, and whether they are a named tenure holder (responsible). */
export type TChosenPerson = { id: string; fullName: string; dateOfBirth: string | null; isResponsible: boolean };

/** Adds a person once; someone already chosen keeps their place and role. */
export function withPerson(chosen: readonly TChosenPerson[], person: TChosenPerson): TChosenPerson[] {
  return chosen.some((p) => p.id === person.id) ? [...chosen] : [...chosen, person];
}

/** The query parameter the add-person page brings a new person back in. */
export const addedPersonParam = "addedPersonId";

/** The add-person page's address that comes back to `returnTo` with the new person. */
export function addPersonPathReturningTo(returnTo: string): string {
  return `/persons/new?${new URLSearchParams({ returnTo }).toString()}`;
}

/** Where the add-person page goes with the person it made: back to the form that sent it, or to the person. */
export function afterAddingPerson(returnTo: string | null, personId: string): string {
  const back = returnTo === null ? "/" : safeReturnPath(returnTo);
  if (back === "/") return `/persons/${personId}`;
  const [path = "/", query = ""] = back.split("?");
  const params = new URLSearchParams(query);
  params.set(addedPersonParam, personId);
  return `${path}?${params.toString()}`;
}

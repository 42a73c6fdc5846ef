/** A person's names as stored: given, middle and family names, and those they prefer to be known by. */
export type PersonNames = {
  firstName: string;
  middleName: string | null;
  surname: string;
  preferredFirstName: string | null;
  preferredMiddleName: string | null;
  preferredSurname: string | null;
};

/** "Ms Amara Okafor": how a person is named on tenures, properties and search results. */
export function personFullName(person: { title: string | null; firstName: string; surname: string }): string {
  return [person.title, person.firstName, person.surname].filter(Boolean).join(" ");
}

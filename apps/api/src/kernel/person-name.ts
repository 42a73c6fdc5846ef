/** "Ms Amara Okafor": how a person is named on tenures, properties and search results. */
export function personFullName(person: { title: string | null; firstName: string; surname: string }): string {
  return [person.title, person.firstName, person.surname].filter(Boolean).join(" ");
}

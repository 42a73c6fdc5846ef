import { ageOn, todayIsoDate } from "@housing/schemas/dates";

export { personTypeLabels } from "@housing/schemas/labels";

/** A person's age in years today, or when they died; undefined without a date of birth. */
export function ageOf(person: { dateOfBirth: string | null; dateOfDeath: string | null }): number | undefined {
  return person.dateOfBirth === null ? undefined : ageOn(person.dateOfBirth, person.dateOfDeath ?? todayIsoDate());
}

/** Every person field by the name the forms label it with; the activity history uses the same words. */
const personFieldLabels: Record<string, string> = {
  title: "Title",
  preferredTitle: "Preferred title",
  firstName: "First name",
  middleName: "Middle name",
  surname: "Last name",
  preferredFirstName: "Preferred first name",
  preferredMiddleName: "Preferred middle name",
  preferredSurname: "Preferred last name",
  placeOfBirth: "Place of birth",
  dateOfBirth: "Date of birth",
  dateOfDeath: "Date of death",
  personTypes: "Person types",
  reason: "Reason",
  personRef: "Reference",
  tenures: "Tenures",
  links: "Links",
};

/** A field's label, or its camelCase name spelled out ("someNewField" → "Some new field"). */
export function personFieldLabel(field: string): string {
  const known = Object.hasOwn(personFieldLabels, field) ? personFieldLabels[field] : undefined;
  if (known !== undefined) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type TNameParts = {
  title: string | null;
  firstName: string;
  middleName: string | null;
  surname: string;
};

type TPersonNames = TNameParts & {
  preferredTitle: string | null;
  preferredFirstName: string | null;
  preferredMiddleName: string | null;
  preferredSurname: string | null;
};

/** "Mr John James Smith": the parts that are there, in order. */
export function fullName({ title, firstName, middleName, surname }: TNameParts): string {
  return [title, firstName, middleName, surname].filter((part) => part !== null && part !== "").join(" ");
}

/** The name the person prefers to be known by, when they gave one that differs from their name. */
export function preferredName(person: TPersonNames): string | undefined {
  const { preferredTitle, preferredFirstName, preferredMiddleName, preferredSurname } = person;
  if (
    preferredTitle === null &&
    preferredFirstName === null &&
    preferredMiddleName === null &&
    preferredSurname === null
  ) {
    return undefined;
  }
  const preferred = fullName({
    title: preferredTitle ?? person.title,
    firstName: preferredFirstName ?? person.firstName,
    middleName: preferredFirstName === null ? (preferredMiddleName ?? person.middleName) : preferredMiddleName,
    surname: preferredSurname ?? person.surname,
  });
  return preferred === fullName(person) ? undefined : preferred;
}

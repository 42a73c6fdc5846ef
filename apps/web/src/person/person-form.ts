import type { TFieldError } from "@housing/schemas/errors";
import {
  type TCreatePersonInput,
  type TPerson,
  type TPersonChangesInput,
  type TPersonType,
  type TTitle,
  titles,
} from "@housing/schemas/person";
import {
  type TDateParts,
  datePartsFromIsoDate,
  emptyDateParts,
  incompleteDateMessage,
  isoDateFromParts,
  missingDateParts,
} from "../dates/date-parts.ts";
import { personFieldLabel } from "./person-labels.ts";

/** The personal details both forms ask for, as typed: text boxes hold strings, dates their three boxes. */
export type TPersonDetailsValues = {
  title: string;
  preferredTitle: string;
  firstName: string;
  middleName: string;
  surname: string;
  preferredFirstName: string;
  preferredMiddleName: string;
  preferredSurname: string;
  placeOfBirth: string;
  dateOfBirth: TDateParts;
  dateOfDeath: TDateParts;
};

export type TAddPersonValues = TPersonDetailsValues & {
  personTypes: TPersonType[];
  reason: string;
};

/** The form's fields in page order: error summaries list problems in this order. */
export const personFormFields = [
  "title",
  "firstName",
  "middleName",
  "surname",
  "preferredTitle",
  "preferredFirstName",
  "preferredMiddleName",
  "preferredSurname",
  "dateOfBirth",
  "placeOfBirth",
  "dateOfDeath",
  "personTypes",
  "reason",
] as const satisfies readonly (keyof TAddPersonValues)[];
export type TPersonFormField = (typeof personFormFields)[number];

export const emptyAddPersonValues: TAddPersonValues = {
  title: "",
  preferredTitle: "",
  firstName: "",
  middleName: "",
  surname: "",
  preferredFirstName: "",
  preferredMiddleName: "",
  preferredSurname: "",
  placeOfBirth: "",
  dateOfBirth: emptyDateParts,
  dateOfDeath: emptyDateParts,
  personTypes: [],
  reason: "",
};

export function detailsValuesFromPerson(person: TPerson): TPersonDetailsValues {
  return {
    title: person.title ?? "",
    preferredTitle: person.preferredTitle ?? "",
    firstName: person.firstName,
    middleName: person.middleName ?? "",
    surname: person.surname,
    preferredFirstName: person.preferredFirstName ?? "",
    preferredMiddleName: person.preferredMiddleName ?? "",
    preferredSurname: person.preferredSurname ?? "",
    placeOfBirth: person.placeOfBirth ?? "",
    dateOfBirth: datePartsFromIsoDate(person.dateOfBirth),
    dateOfDeath: datePartsFromIsoDate(person.dateOfDeath),
  };
}

function titleOrUndefined(value: string): TTitle | undefined {
  return titles.find((title) => title === value);
}

/** What the add form asks the API to create; the schema itself trims and drops empty text. */
export function createInputFromValues(values: TAddPersonValues): TCreatePersonInput {
  return {
    title: titleOrUndefined(values.title),
    preferredTitle: titleOrUndefined(values.preferredTitle),
    firstName: values.firstName,
    middleName: values.middleName,
    surname: values.surname,
    preferredFirstName: values.preferredFirstName,
    preferredMiddleName: values.preferredMiddleName,
    preferredSurname: values.preferredSurname,
    placeOfBirth: values.placeOfBirth,
    dateOfBirth: isoDateFromParts(values.dateOfBirth),
    dateOfDeath: isoDateFromParts(values.dateOfDeath),
    personTypes: values.personTypes,
    reason: values.reason,
  };
}

/** A field's value as the API stores it: trimmed text or null, a date as yyyy-MM-dd or null. */
export function storedValue(values: TPersonDetailsValues, field: keyof TPersonDetailsValues): string | null {
  if (field === "dateOfBirth" || field === "dateOfDeath") return isoDateFromParts(values[field]) ?? null;
  const text = values[field].trim();
  return text === "" ? null : text;
}

/** The fields an edit may change, in page order. */
export const editableFields = personFormFields.filter(
  (field): field is keyof TPersonDetailsValues => field !== "personTypes" && field !== "reason",
);

/**
 * Only what the officer changed, compared with the version they loaded: an emptied optional field
 * becomes null (the API clears it), an untouched field is not sent at all.
 */
export function changesFromValues(loaded: TPerson, values: TPersonDetailsValues): TPersonChangesInput {
  const before = detailsValuesFromPerson(loaded);
  const changes: Record<string, string | null> = {};
  for (const field of editableFields) {
    const value = storedValue(values, field);
    if (value !== storedValue(before, field)) changes[field] = value;
  }
  // Required names are sent as typed when emptied, so the schema says "Enter a first name".
  for (const field of ["firstName", "surname"] as const) {
    if (changes[field] === null) changes[field] = "";
  }
  return changes as TPersonChangesInput;
}

/** The fields an edit changed, for "your changes" lists and the unsaved-changes check. */
export function changedFields(loaded: TPerson, values: TPersonDetailsValues): (keyof TPersonDetailsValues)[] {
  return Object.keys(changesFromValues(loaded, values)) as (keyof TPersonDetailsValues)[];
}

/** The values of the latest version, with the officer's own changes to `loaded` kept on top. */
export function rebaseValues(loaded: TPerson, latest: TPerson, values: TPersonDetailsValues): TPersonDetailsValues {
  const rebased = detailsValuesFromPerson(latest);
  for (const field of changedFields(loaded, values)) {
    Object.assign(rebased, { [field]: values[field] });
  }
  return rebased;
}

export type TFormErrors = Partial<Record<TPersonFormField, string>>;

/** Problems for the error summary: a field's message and the id of the box it takes the officer to. */
export type TFormProblem = { field: TPersonFormField | undefined; targetId: string | undefined; message: string };

function formFieldOf(path: string): TPersonFormField | undefined {
  const [first] = path.replace(/^data\./, "").split(".");
  return personFormFields.find((field) => field === first);
}

/** The box an error summary link focuses: the first box of a group, or of a date the first one missing. */
export function targetIdFor(field: TPersonFormField, values: Partial<TAddPersonValues>): string {
  if (field === "dateOfBirth" || field === "dateOfDeath") {
    const parts = values[field];
    const [firstMissing = "day"] = parts === undefined ? [] : missingDateParts(parts);
    return `${field}-${firstMissing}`;
  }
  return field;
}

/**
 * One message per field (the first the schema or the API gave), in page order, in words for the
 * boxes on screen: a half-filled date says which box is missing. Errors no field shows are kept
 * for the summary alone.
 */
export function problemsFrom(errors: readonly TFieldError[], values: Partial<TAddPersonValues>): TFormProblem[] {
  const byField = new Map<TPersonFormField, string>();
  const unplaced: TFormProblem[] = [];
  for (const error of errors) {
    const field = formFieldOf(error.path);
    if (field === undefined) {
      unplaced.push({ field: undefined, targetId: undefined, message: error.message });
    } else if (!byField.has(field)) {
      const parts = field === "dateOfBirth" || field === "dateOfDeath" ? values[field] : undefined;
      const incomplete = parts === undefined ? undefined : incompleteDateMessage(personFieldLabel(field), parts);
      byField.set(field, incomplete ?? error.message);
    }
  }
  const placed = personFormFields.flatMap((field) => {
    const message = byField.get(field);
    return message === undefined ? [] : [{ field, targetId: targetIdFor(field, values), message }];
  });
  return [...placed, ...unplaced];
}

export function errorsByField(problems: readonly TFormProblem[]): TFormErrors {
  return Object.fromEntries(problems.flatMap((problem) => (problem.field ? [[problem.field, problem.message]] : [])));
}

import { fieldErrorsFromIssues } from "@housing/schemas/errors";
import type { TPerson } from "@housing/schemas/person";
import { ZCreatePersonInput, ZPersonChanges } from "@housing/schemas/person";
import { describe, expect, it } from "vitest";
import {
  changesFromValues,
  createInputFromValues,
  detailsValuesFromPerson,
  emptyAddPersonValues,
  problemsFrom,
  rebaseValues,
} from "./person-form.ts";

const stamp = { id: "u1", name: "Hannah Holt", email: "hannah.holt@example.org" };
const person: TPerson = {
  id: "dc81b4b0-d835-4d6a-a01b-a416b960828a",
  personRef: 376,
  title: "Mr",
  preferredTitle: null,
  firstName: "John",
  middleName: "James",
  surname: "Smith",
  preferredFirstName: null,
  preferredMiddleName: null,
  preferredSurname: null,
  placeOfBirth: "London",
  dateOfBirth: "1958-02-03",
  dateOfDeath: null,
  isAMinor: false,
  personTypes: ["Tenant"],
  reason: "New tenancy",
  tenures: [],
  links: [],
  version: 3,
  createdAt: "2015-03-15T10:31:00.000Z",
  createdBy: stamp,
  modifiedAt: "2015-03-15T10:31:00.000Z",
  modifiedBy: stamp,
};

describe("the add person form", () => {
  it("an empty form gets every required field reported, in page order, in the schema's words", () => {
    const values = { ...emptyAddPersonValues, dateOfBirth: { day: "3", month: "", year: "" } };
    const result = ZCreatePersonInput.safeParse(createInputFromValues(values));
    expect(result.success).toBe(false);
    const problems = problemsFrom(fieldErrorsFromIssues(result.error?.issues ?? []), values);
    expect(problems.map(({ field, targetId, message }) => [field, targetId, message])).toEqual([
      ["title", "title", "Select a title"],
      ["firstName", "firstName", "Enter a first name"],
      ["surname", "surname", "Enter a last name"],
      ["dateOfBirth", "dateOfBirth-month", "Date of birth must include a month and year"],
      ["personTypes", "personTypes", "Select at least one person type"],
      ["reason", "reason", "Enter a reason for creating this record"],
    ]);
  });

  it("a filled form becomes a valid create input", () => {
    const input = createInputFromValues({
      ...emptyAddPersonValues,
      title: "Ms",
      firstName: " Amara ",
      surname: "Okafor",
      preferredFirstName: "",
      dateOfBirth: { day: "3", month: "7", year: "1985" },
      personTypes: ["Tenant"],
      reason: "New tenancy sign-up",
    });
    const parsed = ZCreatePersonInput.parse(input);
    expect(parsed).toMatchObject({ title: "Ms", firstName: "Amara", dateOfBirth: "1985-07-03" });
    expect(parsed.preferredFirstName).toBeUndefined();
  });

  it("the API's field errors land on the fields, and ones no field shows stay for the summary", () => {
    const problems = problemsFrom(
      [
        { path: "data.dateOfDeath", message: "The date of death cannot be before the date of birth" },
        { path: "tenures.0.tenureId", message: "No tenure has this id" },
      ],
      emptyAddPersonValues,
    );
    expect(problems).toEqual([
      {
        field: "dateOfDeath",
        targetId: "dateOfDeath-day",
        message: "The date of death cannot be before the date of birth",
      },
      { field: undefined, targetId: undefined, message: "No tenure has this id" },
    ]);
  });
});

describe("the edit person form", () => {
  it("an untouched form changes nothing", () => {
    expect(changesFromValues(person, detailsValuesFromPerson(person))).toEqual({});
  });

  it("only changed fields are sent, trimmed, and an emptied optional field is cleared with null", () => {
    const values = {
      ...detailsValuesFromPerson(person),
      firstName: "Jon ",
      middleName: "",
      placeOfBirth: " London ",
      dateOfBirth: { day: "4", month: "2", year: "1958" },
    };
    expect(changesFromValues(person, values)).toEqual({
      firstName: "Jon",
      middleName: null,
      dateOfBirth: "1958-02-04",
    });
  });

  it("an emptied required name is sent empty so the schema asks for it", () => {
    const changes = changesFromValues(person, { ...detailsValuesFromPerson(person), surname: " " });
    const result = ZPersonChanges.safeParse(changes);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Enter a last name"]);
  });

  it("a date in the future is refused with the schema's message", () => {
    const changes = changesFromValues(person, {
      ...detailsValuesFromPerson(person),
      dateOfBirth: { day: "1", month: "1", year: "2999" },
    });
    const result = ZPersonChanges.safeParse(changes);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["This date cannot be in the future"]);
  });

  it("after a conflict, the latest version is loaded with the officer's own changes kept on top", () => {
    const latest = { ...person, version: 4, surname: "Smyth", placeOfBirth: "Leeds" };
    const values = { ...detailsValuesFromPerson(person), firstName: "Jon" };
    const rebased = rebaseValues(person, latest, values);
    expect(rebased).toMatchObject({ firstName: "Jon", surname: "Smyth", placeOfBirth: "Leeds" });
    expect(changesFromValues(latest, rebased)).toEqual({ firstName: "Jon" });
  });
});

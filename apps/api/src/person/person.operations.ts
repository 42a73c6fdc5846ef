import { staffRoles } from "@housing/schemas/auth";
import {
  ZCreatePersonInput,
  ZDuplicateCheckInput,
  ZDuplicateCheckResult,
  ZFindPersonsInput,
  ZPerson,
  ZPersonChanges,
  ZPersonId,
  ZPersonPage,
  ZUpdatePersonInput,
} from "@housing/schemas/person";
import { housingRoles, housingWriteRoles } from "../auth/access.ts";
import { defineOperation } from "../common/operation.ts";
import { queryFrom } from "../common/operation-shapes.ts";
import { restResource } from "../common/rest-resource.ts";
import { invalidField } from "../kernel/app-error.ts";
import { checkForDuplicates } from "./check-duplicates.ts";
import { createPerson } from "./create-person.ts";
import { findPersons } from "./find-persons.ts";
import { getPerson } from "./get-person.ts";
import { personActivity } from "./person-activity.ts";
import { updatePerson } from "./update-person.ts";

export const personTag = "Persons";
const etag = 'The record\'s version, e.g. "3"; send it back in If-Match to edit';
const createErrors = { 400: "Every invalid field, with a message", 409: "A person with the id given already exists" };
const persons = restResource("Person", "/api/v1/persons", ZPerson, getPerson, {
  noun: "person",
  etag,
  ifMatch: 'The version last read, e.g. "3" (required)',
});

export const personOperations = {
  get: persons.get("A person with their tenures and links", { errors: { 400: "The id is not a UUID" } }),
  find: queryFrom(staffRoles, ZFindPersonsInput, ZPersonPage, findPersons, {
    path: "/api/v1/persons",
    operationId: "findPersons",
    summary: "Find persons by first name, last name and/or date of birth (at least one)",
    description: "A page of matching persons",
    errors: { 400: "Bad query" },
  }),
  checkDuplicates: defineOperation({
    roles: housingWriteRoles,
    input: ZDuplicateCheckInput,
    output: ZDuplicateCheckResult,
    trpc: "query",
    handler: (ctx, input) => checkForDuplicates(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/persons/duplicate-check",
      operationId: "checkPersonDuplicates",
      summary: "Likely existing records of a person about to be created, each with its reasons",
      body: ZDuplicateCheckInput,
      input: ({ body }) => body,
      description: "Candidates, best first",
      errors: { 400: "Bad input" },
    },
  }),
  create: persons.create(housingWriteRoles, ZCreatePersonInput, createPerson, {
    summary: "Create a person (check for duplicates first)",
    errors: createErrors,
  }),
  createWithId: defineOperation({
    roles: housingWriteRoles,
    input: ZCreatePersonInput,
    output: ZPerson,
    handler: (ctx, input) => createPerson(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/persons/:id",
      operationId: "createPersonWithId",
      summary: "Create a person with the id in the path, as the council's existing clients do",
      params: ZPersonId,
      body: ZCreatePersonInput,
      input: ({ params, body }) => {
        if (body.id !== undefined && body.id !== params.id)
          throw invalidField("id", "The id in the body must match the path");
        return { ...body, id: params.id };
      },
      status: 201,
      description: "Created",
      etag,
      location: "/api/v1/persons/{id}",
      errors: createErrors,
    },
  }),
  update: persons.change(
    housingRoles,
    ZUpdatePersonInput,
    async (ctx, input) => (await updatePerson(ctx, input)).person,
    {
      method: "PATCH",
      summary: "Change some of a person's details; only the fields sent change, null clears one",
      body: ZPersonChanges,
      status: 204,
      description: "Saved (or nothing to change)",
      errors: {
        400: "Every invalid field, with a message",
        404: "No such person",
        409: "If-Match is missing, or someone else changed the person first",
      },
    },
  ),
  activity: persons.activity(personActivity, "Who changed what about the person, and when (newest first)"),
};

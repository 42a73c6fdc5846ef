import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import {
  ZActivityInput,
  ZActivityPage,
  ZCreatePersonInput,
  ZDuplicateCheckInput,
  ZDuplicateCheckResult,
  ZFindPersonsInput,
  ZPerson,
  ZPersonChanges,
  ZPersonId,
  ZPersonPage,
  type TCreatePerson,
} from "@housing/schemas/person";
import type { FastifyReply } from "fastify";
import { housingRoles, housingWriteRoles } from "../auth/access.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { invalidField } from "../errors.ts";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { checkForDuplicates } from "./check-duplicates.ts";
import { createPerson } from "./create-person.ts";
import { findPersons } from "./find-persons.ts";
import { getPerson } from "./get-person.ts";
import { personActivity } from "./person-activity.ts";
import { updatePerson } from "./update-person.ts";

const tag = "Persons";
const error = (description: string) => ({ description, schema: ZErrorResponse });
const etag = { ETag: 'The record\'s version, e.g. "3"; send it back in If-Match to edit' };
const created = {
  201: { description: "Created", schema: ZPerson, headers: { ...etag, Location: "/api/v1/persons/{id}" } },
  400: error("Every invalid field, with a message"),
  409: error("A person with the id given already exists"),
};

async function sendCreatedPerson(ctx: DomainContext, input: TCreatePerson, reply: FastifyReply) {
  const person = await createPerson(ctx, input);
  return reply
    .code(201)
    .header("location", `/api/v1/persons/${person.id}`)
    .header("etag", etagFor(person.version))
    .send(person);
}

export const personRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/persons",
    operationId: "findPersons",
    summary: "Find persons by first name, last name and/or date of birth (at least one)",
    tag,
    roles,
    query: ZFindPersonsInput,
    responses: { 200: { description: "A page of matching persons", schema: ZPersonPage }, 400: error("Bad query") },
    handler: ({ ctx, query }) => findPersons(ctx, query),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/persons/:id",
    operationId: "getPerson",
    summary: "A person with their tenures and links",
    tag,
    roles,
    params: ZPersonId,
    responses: {
      200: { description: "The person", schema: ZPerson, headers: etag },
      400: error("The id is not a UUID"),
      404: error("No such person"),
    },
    handler: async ({ ctx, params, reply }) => {
      const person = await getPerson(ctx, params.id);
      return reply.header("etag", etagFor(person.version)).send(person);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/persons",
    operationId: "createPerson",
    summary: "Create a person (check for duplicates first)",
    tag,
    roles: housingWriteRoles,
    body: ZCreatePersonInput,
    responses: created,
    handler: ({ ctx, body, reply }) => sendCreatedPerson(ctx, body, reply),
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/persons/:id",
    operationId: "createPersonWithId",
    summary: "Create a person with the id in the path, as the council's existing clients do",
    tag,
    roles: housingWriteRoles,
    params: ZPersonId,
    body: ZCreatePersonInput,
    responses: created,
    handler: ({ ctx, params, body, reply }) => {
      if (body.id !== undefined && body.id !== params.id)
        throw invalidField("id", "The id in the body must match the path");
      return sendCreatedPerson(ctx, { ...body, id: params.id }, reply);
    },
  }),
  defineRestRoute({
    method: "PATCH",
    url: "/api/v1/persons/:id",
    operationId: "updatePerson",
    summary: "Change some of a person's details; only the fields sent change, null clears one",
    tag,
    roles: housingRoles,
    params: ZPersonId,
    body: ZPersonChanges,
    requestHeaders: { "If-Match": 'The version last read, e.g. "3" (required)' },
    responses: {
      204: { description: "Saved (or nothing to change)", headers: etag },
      400: error("Every invalid field, with a message"),
      404: error("No such person"),
      409: error("If-Match is missing, or someone else changed the person first"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => getPerson(ctx, params.id));
      const { person } = await updatePerson(ctx, { id: params.id, version, data: body });
      return reply.code(204).header("etag", etagFor(person.version)).send();
    },
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/persons/:id/activity",
    operationId: "getPersonActivity",
    summary: "Who changed what about the person, and when (newest first)",
    tag,
    roles,
    params: ZPersonId,
    query: ZActivityInput.omit({ id: true }),
    responses: { 200: { description: "A page of activity", schema: ZActivityPage }, 404: error("No such person") },
    handler: ({ ctx, params, query }) => personActivity(ctx, { ...query, id: params.id }),
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/persons/duplicate-check",
    operationId: "checkPersonDuplicates",
    summary: "Likely existing records of a person about to be created, each with its reasons",
    tag,
    roles: housingWriteRoles,
    body: ZDuplicateCheckInput,
    responses: {
      200: { description: "Candidates, best first", schema: ZDuplicateCheckResult },
      400: error("Bad input"),
    },
    handler: ({ ctx, body }) => checkForDuplicates(ctx, body),
  }),
];

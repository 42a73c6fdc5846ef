import { roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import { ZCreateTenureInput, ZTenure, ZTenureChanges } from "@housing/schemas/tenure";
import { z } from "zod";
import { housingWriteRoles } from "../auth/access.ts";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { getTenure } from "./get-tenure.ts";
import { addHouseholdMember, removeHouseholdMember } from "./household-members.ts";
import { createTenure, updateTenure } from "./tenure-writes.ts";

const tag = "Tenures";
const error = (description: string) => ({ description, schema: ZErrorResponse });
const ZId = z.strictObject({ id: z.guid("The id must be a UUID") });
const etag = { ETag: 'The tenure\'s version, e.g. "2"' };

export const tenureRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/tenures/:id",
    operationId: "getTenure",
    summary: "A tenure with its property, household and rent account summary",
    tag,
    roles,
    params: ZId,
    responses: { 200: { description: "The tenure", schema: ZTenure, headers: etag }, 404: error("No such tenure") },
    handler: async ({ ctx, params, reply }) => {
      const tenure = await getTenure(ctx, params.id);
      return reply.header("etag", etagFor(tenure.version)).send(tenure);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/tenures",
    operationId: "createTenure",
    summary: "Create a tenure (integration services and housing staff)",
    tag,
    roles: housingWriteRoles,
    body: ZCreateTenureInput,
    responses: {
      201: { description: "Created", schema: ZTenure, headers: { ...etag, Location: "/api/v1/tenures/{id}" } },
      400: error("Invalid fields"),
      409: error("The payment reference is taken"),
    },
    handler: async ({ ctx, body, reply }) => {
      const tenure = await createTenure(ctx, body);
      return reply
        .code(201)
        .header("location", `/api/v1/tenures/${tenure.id}`)
        .header("etag", etagFor(tenure.version))
        .send(tenure);
    },
  }),
  defineRestRoute({
    method: "PATCH",
    url: "/api/v1/tenures/:id",
    operationId: "updateTenure",
    summary: "Change a tenure's type, dates or termination",
    tag,
    roles: housingWriteRoles,
    params: ZId,
    body: ZTenureChanges,
    requestHeaders: { "If-Match": "The version last read (required)" },
    responses: {
      200: { description: "Saved", schema: ZTenure, headers: etag },
      409: error("Missing or stale If-Match"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => getTenure(ctx, params.id));
      const tenure = await updateTenure(ctx, { id: params.id, version, data: body });
      return reply.header("etag", etagFor(tenure.version)).send(tenure);
    },
  }),
  defineRestRoute({
    method: "PUT",
    url: "/api/v1/tenures/:id/household-members/:personId",
    operationId: "putHouseholdMember",
    summary: "Add a person to the household, or change whether they are responsible; their person types follow",
    tag,
    roles: housingWriteRoles,
    params: z.strictObject({ id: z.guid(), personId: z.guid() }),
    body: z.strictObject({ isResponsible: z.boolean() }),
    responses: { 200: { description: "The tenure", schema: ZTenure }, 404: error("No such tenure") },
    handler: ({ ctx, params, body }) =>
      addHouseholdMember(ctx, { tenureId: params.id, personId: params.personId, isResponsible: body.isResponsible }),
  }),
  defineRestRoute({
    method: "DELETE",
    url: "/api/v1/tenures/:id/household-members/:personId",
    operationId: "removeHouseholdMember",
    summary: "Remove a person from the household; their person types follow",
    tag,
    roles: housingWriteRoles,
    params: z.strictObject({ id: z.guid(), personId: z.guid() }),
    responses: { 200: { description: "The tenure", schema: ZTenure }, 404: error("Not a member") },
    handler: ({ ctx, params }) => removeHouseholdMember(ctx, { tenureId: params.id, personId: params.personId }),
  }),
];

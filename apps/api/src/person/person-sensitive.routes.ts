import { ZServiceArea, roles } from "@housing/schemas/auth";
import { ZErrorResponse } from "@housing/schemas/errors";
import {
  ZAddIdentificationInput,
  ZEqualityChanges,
  ZEqualityInformation,
  ZServiceAreaData,
  ZServiceAreaDataContent,
} from "@housing/schemas/person-sensitive";
import { z } from "zod";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { personMustExist } from "./get-person.ts";
import {
  addIdentification,
  getEqualityInformation,
  removeIdentification,
  updateEqualityInformation,
} from "./equality-information.ts";
import { getServiceAreaData, saveServiceAreaData } from "./service-area-data.ts";

const tag = "Persons: sensitive data";
const error = (description: string) => ({ description, schema: ZErrorResponse });
const ZId = z.strictObject({ id: z.guid("The id must be a UUID") });
const ifMatch = { "If-Match": 'The version last read ("0" when there is none yet)' };

export const personSensitiveRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/persons/:id/equality-information",
    operationId: "getEqualityInformation",
    summary: "Equality and identity data (roles in EQUALITY_DATA_ROLES only; every read is audited)",
    tag,
    roles,
    params: ZId,
    responses: { 200: { description: "The data", schema: ZEqualityInformation }, 404: error("No such person") },
    handler: async ({ ctx, params, reply }) => {
      const information = await getEqualityInformation(ctx, params.id);
      return reply.header("etag", etagFor(information.version)).send(information);
    },
  }),
  defineRestRoute({
    method: "PUT",
    url: "/api/v1/persons/:id/equality-information",
    operationId: "updateEqualityInformation",
    summary: "Record or change equality data",
    tag,
    roles,
    params: ZId,
    body: ZEqualityChanges,
    requestHeaders: ifMatch,
    responses: {
      200: { description: "Saved", schema: ZEqualityInformation },
      400: error("Invalid fields"),
      409: error("Stale or missing If-Match"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => personMustExist(ctx, params.id));
      const information = await updateEqualityInformation(ctx, { personId: params.id, version, data: body });
      return reply.header("etag", etagFor(information.version)).send(information);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/persons/:id/identifications",
    operationId: "addIdentification",
    summary: "Record an identification document",
    tag,
    roles,
    params: ZId,
    body: ZAddIdentificationInput.omit({ personId: true }),
    responses: { 201: { description: "Recorded", schema: ZEqualityInformation }, 400: error("Invalid fields") },
    handler: async ({ ctx, params, body, reply }) =>
      reply.code(201).send(await addIdentification(ctx, { ...body, personId: params.id })),
  }),
  defineRestRoute({
    method: "DELETE",
    url: "/api/v1/persons/:id/identifications/:identificationId",
    operationId: "removeIdentification",
    summary: "Remove an identification recorded in error",
    tag,
    roles,
    params: z.strictObject({ id: z.guid(), identificationId: z.guid() }),
    responses: { 200: { description: "Removed", schema: ZEqualityInformation }, 404: error("Not recorded") },
    handler: ({ ctx, params }) =>
      removeIdentification(ctx, { personId: params.id, identificationId: params.identificationId }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/persons/:id/service-area-data",
    operationId: "getServiceAreaData",
    summary: "What the caller's own service areas hold about the person",
    tag,
    roles,
    params: ZId,
    responses: { 200: { description: "One entry per area with data", schema: z.array(ZServiceAreaData) } },
    handler: ({ ctx, params }) => getServiceAreaData(ctx, params.id),
  }),
  defineRestRoute({
    method: "PUT",
    url: "/api/v1/persons/:id/service-area-data/:serviceArea",
    operationId: "saveServiceAreaData",
    summary: "Record the caller's service area's data about the person",
    tag,
    roles,
    params: z.strictObject({ id: z.guid(), serviceArea: ZServiceArea }),
    body: ZServiceAreaDataContent,
    requestHeaders: ifMatch,
    responses: {
      200: { description: "Saved", schema: ZServiceAreaData },
      403: error("Not the caller's service area"),
      409: error("Stale or missing If-Match"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => personMustExist(ctx, params.id));
      const saved = await saveServiceAreaData(ctx, {
        personId: params.id,
        serviceArea: params.serviceArea,
        version,
        data: body,
      });
      return reply.header("etag", etagFor(saved.version)).send(saved);
    },
  }),
];

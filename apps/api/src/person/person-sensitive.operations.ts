import { ZServiceArea, staffRoles } from "@housing/schemas/auth";
import {
  ZAddIdentificationInput,
  ZEqualityChanges,
  ZEqualityInformation,
  ZRemoveIdentificationInput,
  ZSaveServiceAreaDataInput,
  ZServiceAreaData,
  ZServiceAreaDataContent,
  ZUpdateEqualityInput,
} from "@housing/schemas/person-sensitive";
import { ZId, ZIdInput } from "@housing/schemas/primitives";
import { z } from "zod";
import type { DomainContext } from "../common/domain-context.ts";
import { defineOperation } from "../common/operation.ts";
import { addTo, removeFrom } from "../common/operation-shapes.ts";
import {
  addIdentification,
  getEqualityInformation,
  removeIdentification,
  updateEqualityInformation,
} from "./equality-information.ts";
import { personMustExist } from "./get-person.ts";
import { getServiceAreaData, saveServiceAreaData } from "./service-area-data.ts";

export const personSensitiveTag = "Persons: sensitive data";
const ZPersonIdInput = z.strictObject({ personId: ZId });
const ifMatch = {
  description: 'The version last read ("0" when there is none yet)',
  ensureExists: (ctx: DomainContext, params: { id: string }) => personMustExist(ctx, params.id),
};
const etag = 'The version of the person\'s data, e.g. "2"; send it back in If-Match to change it';

// Any member of staff: the domain functions apply the configurable equality-data roles and the
// caller's service areas, and audit every access.
export const equalityOperations = {
  get: defineOperation({
    roles: staffRoles,
    input: ZPersonIdInput,
    output: ZEqualityInformation,
    trpc: "query",
    handler: (ctx, input) => getEqualityInformation(ctx, input.personId),
    rest: {
      method: "GET",
      path: "/api/v1/persons/:id/equality-information",
      operationId: "getEqualityInformation",
      summary: "Equality and identity data (roles in EQUALITY_DATA_ROLES only; every read is audited)",
      params: ZIdInput,
      input: ({ params }) => ({ personId: params.id }),
      description: "The data",
      etag,
      errors: { 404: "No such person" },
    },
  }),
  update: defineOperation({
    roles: staffRoles,
    input: ZUpdateEqualityInput,
    output: ZEqualityInformation,
    trpc: "mutation",
    handler: (ctx, input) => updateEqualityInformation(ctx, input),
    rest: {
      method: "PUT",
      path: "/api/v1/persons/:id/equality-information",
      operationId: "updateEqualityInformation",
      summary: "Record or change equality data",
      params: ZIdInput,
      body: ZEqualityChanges,
      ifMatch,
      input: async ({ params, body, version }) => ({ personId: params.id, version: await version(), data: body }),
      description: "Saved",
      etag,
      errors: { 400: "Invalid fields", 409: "Stale or missing If-Match" },
    },
  }),
  addIdentification: addTo(staffRoles, ZAddIdentificationInput, ZEqualityInformation, addIdentification, {
    path: "/api/v1/persons/:id/identifications",
    operationId: "addIdentification",
    summary: "Record an identification document",
    owner: "personId",
    body: ZAddIdentificationInput.omit({ personId: true }),
    description: "Recorded",
    errors: { 400: "Invalid fields" },
  }),
  removeIdentification: removeFrom(staffRoles, ZRemoveIdentificationInput, ZEqualityInformation, removeIdentification, {
    path: "/api/v1/persons/:id/identifications/:identificationId",
    operationId: "removeIdentification",
    summary: "Remove an identification recorded in error",
    owner: "personId",
    part: "identificationId",
    description: "Removed",
    errors: { 404: "Not recorded" },
  }),
};

export const serviceAreaDataOperations = {
  list: defineOperation({
    roles: staffRoles,
    input: ZPersonIdInput,
    output: z.array(ZServiceAreaData),
    trpc: "query",
    handler: (ctx, input) => getServiceAreaData(ctx, input.personId),
    rest: {
      method: "GET",
      path: "/api/v1/persons/:id/service-area-data",
      operationId: "getServiceAreaData",
      summary: "What the caller's own service areas hold about the person",
      params: ZIdInput,
      input: ({ params }) => ({ personId: params.id }),
      description: "One entry per area with data",
    },
  }),
  save: defineOperation({
    roles: staffRoles,
    input: ZSaveServiceAreaDataInput,
    output: ZServiceAreaData,
    trpc: "mutation",
    handler: (ctx, input) => saveServiceAreaData(ctx, input),
    rest: {
      method: "PUT",
      path: "/api/v1/persons/:id/service-area-data/:serviceArea",
      operationId: "saveServiceAreaData",
      summary: "Record the caller's service area's data about the person",
      params: z.strictObject({ id: ZId, serviceArea: ZServiceArea }),
      body: ZServiceAreaDataContent,
      ifMatch,
      input: async ({ params, body, version }) => ({
        personId: params.id,
        serviceArea: params.serviceArea,
        version: await version(),
        data: body,
      }),
      description: "Saved",
      etag,
      errors: { 403: "Not the caller's service area", 409: "Stale or missing If-Match" },
    },
  }),
};

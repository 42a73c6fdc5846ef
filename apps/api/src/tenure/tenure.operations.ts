import { staffRoles } from "@housing/schemas/auth";
import {
  ZCreateTenureInput,
  ZEndTenureBody,
  ZEndTenureInput,
  ZHouseholdMemberInput,
  ZRemoveHouseholdMemberInput,
  ZTenure,
  ZTenureChanges,
  ZTenureTypeList,
  ZUpdateTenureInput,
} from "@housing/schemas/tenure";
import { ZId, ZIdInput } from "@housing/schemas/primitives";
import { z } from "zod";
import { housingWriteRoles } from "../auth/access.ts";
import { defineOperation } from "../common/operation.ts";
import { activityOf, changeAtVersion, createFrom, readById } from "../common/operation-shapes.ts";
import { endTenure, tenureTypes } from "./end-tenure.ts";
import { tenureActivity } from "./tenure-activity.ts";
import { getTenure } from "./get-tenure.ts";
import { addHouseholdMember, removeHouseholdMember } from "./household-members.ts";
import { createTenure, updateTenure } from "./tenure-writes.ts";

export const tenureTag = "Tenures";
const ZMember = z.strictObject({ id: ZId, personId: ZId });
const etag = 'The tenure\'s version, e.g. "2"';

// Writes come from housing staff and from the council's other systems (integration services).
export const tenureOperations = {
  get: readById(ZTenure, getTenure, {
    path: "/api/v1/tenures/:id",
    operationId: "getTenure",
    summary: "A tenure with its property, household and rent account summary",
    etag,
    noun: "tenure",
  }),
  create: createFrom(housingWriteRoles, ZCreateTenureInput, ZTenure, createTenure, {
    path: "/api/v1/tenures",
    operationId: "createTenure",
    summary: "Create a tenure on a home with no tenure over its dates, with its first household (housing staff)",
    etag,
    location: "/api/v1/tenures/{id}",
    errors: {
      400: "Invalid fields",
      409: "The payment reference is taken, or the home already has a tenure over these dates",
    },
  }),
  update: changeAtVersion(housingWriteRoles, ZUpdateTenureInput, ZTenure, updateTenure, {
    method: "PATCH",
    path: "/api/v1/tenures/:id",
    operationId: "updateTenure",
    summary: "Change a tenure's type, dates or termination",
    body: ZTenureChanges,
    ifMatch: "The version last read (required)",
    ensureExists: getTenure,
    description: "Saved",
    etag,
    errors: { 409: "Missing or stale If-Match" },
  }),
  end: defineOperation({
    roles: housingWriteRoles,
    input: ZEndTenureInput,
    output: ZTenure,
    trpc: "mutation",
    handler: (ctx, input) => endTenure(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/tenures/:id/end",
      operationId: "endTenure",
      summary: "End an active tenure on a day no earlier than its start, for a reason",
      params: ZIdInput,
      body: ZEndTenureBody,
      ifMatch: {
        description: "The version last read (required)",
        ensureExists: (ctx, params) => getTenure(ctx, params.id),
      },
      input: async ({ params, body, version }) => ({ ...body, id: params.id, version: await version() }),
      description: "The ended tenure",
      etag,
      errors: { 404: "No such tenure", 409: "Missing or stale If-Match, or the tenure has already ended" },
    },
  }),
  types: defineOperation({
    roles: staffRoles,
    input: z.void(),
    output: ZTenureTypeList,
    trpc: "query",
    handler: (ctx) => tenureTypes(ctx),
    rest: {
      method: "GET",
      path: "/api/v1/tenure-types",
      operationId: "listTenureTypes",
      summary: "The tenure types a tenure may have",
      input: () => undefined,
      description: "The tenure types, by description",
    },
  }),
  activity: activityOf(tenureActivity, {
    path: "/api/v1/tenures/:id/activity",
    operationId: "getTenureActivity",
    summary: "Who changed what about the tenure, its household and its alerts, and when (newest first)",
    notFound: "No such tenure",
  }),
  addHouseholdMember: defineOperation({
    roles: housingWriteRoles,
    input: ZHouseholdMemberInput,
    output: ZTenure,
    trpc: "mutation",
    handler: (ctx, input) => addHouseholdMember(ctx, input),
    rest: {
      method: "PUT",
      path: "/api/v1/tenures/:id/household-members/:personId",
      operationId: "putHouseholdMember",
      summary: "Add a person to the household, or change whether they are responsible; their person types follow",
      params: ZMember,
      body: z.strictObject({ isResponsible: z.boolean() }),
      input: ({ params, body }) => ({
        tenureId: params.id,
        personId: params.personId,
        isResponsible: body.isResponsible,
      }),
      description: "The tenure",
      errors: { 404: "No such tenure" },
    },
  }),
  removeHouseholdMember: defineOperation({
    roles: housingWriteRoles,
    input: ZRemoveHouseholdMemberInput,
    output: ZTenure,
    trpc: "mutation",
    handler: (ctx, input) => removeHouseholdMember(ctx, input),
    rest: {
      method: "DELETE",
      path: "/api/v1/tenures/:id/household-members/:personId",
      operationId: "removeHouseholdMember",
      summary: "Remove a person from the household; their person types follow",
      params: ZMember,
      input: ({ params }) => ({ tenureId: params.id, personId: params.personId }),
      description: "The tenure",
      errors: { 404: "Not a member" },
    },
  }),
};

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
import { ZId } from "@housing/schemas/primitives";
import { z } from "zod";
import { housingWriteRoles } from "../auth/access.ts";
import { defineOperation } from "../common/operation.ts";
import { removeFrom } from "../common/operation-shapes.ts";
import { restResource } from "../common/rest-resource.ts";
import { endTenure, tenureTypes } from "./end-tenure.ts";
import { tenureActivity } from "./tenure-activity.ts";
import { getTenure } from "./get-tenure.ts";
import { addHouseholdMember, removeHouseholdMember } from "./household-members.ts";
import { createTenure, updateTenure } from "./tenure-writes.ts";

export const tenureTag = "Tenures";
const ZMember = z.strictObject({ id: ZId, personId: ZId });
const tenures = restResource("Tenure", "/api/v1/tenures", ZTenure, getTenure, {
  noun: "tenure",
  etag: 'The tenure\'s version, e.g. "2"',
});

// Writes come from housing staff and from the council's other systems (integration services).
export const tenureOperations = {
  get: tenures.get("A tenure with its property, household and rent account summary"),
  create: tenures.create(housingWriteRoles, ZCreateTenureInput, createTenure, {
    summary: "Create a tenure on a home with no tenure over its dates, with its first household (housing staff)",
    errors: {
      400: "Invalid fields",
      409: "The payment reference is taken, or the home already has a tenure over these dates",
    },
  }),
  update: tenures.change(housingWriteRoles, ZUpdateTenureInput, updateTenure, {
    method: "PATCH",
    summary: "Change a tenure's type, dates or termination",
    body: ZTenureChanges,
  }),
  end: tenures.end(housingWriteRoles, ZEndTenureInput, endTenure, {
    summary: "End an active tenure on a day no earlier than its start, for a reason",
    body: ZEndTenureBody,
    description: "The ended tenure",
    errors: { 409: "Missing or stale If-Match, or the tenure has already ended" },
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
  activity: tenures.activity(
    tenureActivity,
    "Who changed what about the tenure, its household and its alerts, and when (newest first)",
  ),
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
  removeHouseholdMember: removeFrom(housingWriteRoles, ZRemoveHouseholdMemberInput, ZTenure, removeHouseholdMember, {
    path: "/api/v1/tenures/:id/household-members/:personId",
    operationId: "removeHouseholdMember",
    summary: "Remove a person from the household; their person types follow",
    owner: "tenureId",
    part: "personId",
    description: "The tenure",
    errors: { 404: "Not a member" },
  }),
};

import { roles } from "@housing/schemas/auth";
import {
  ZAddressLookupQuery,
  ZAddressLookupResult,
  ZContactDetail,
  ZContactDetailChanges,
  ZContactDetailList,
  ZContactDetailsQuery,
  ZCreateContactDetailInput,
  ZGrantConsentInput,
} from "@housing/schemas/contact-details";
import { ZErrorResponse } from "@housing/schemas/errors";
import { z } from "zod";
import { lookUpAddresses } from "../asset/address-lookup.ts";
import { defineRestRoute, etagFor, requireIfMatch } from "../http/rest-route.ts";
import { addContactDetail } from "./add-contact-detail.ts";
import { grantConsent, revokeConsent } from "./contact-consent.ts";
import { getContactDetail, listContactDetails } from "./contact-details-reads.ts";
import { updateContactDetail } from "./update-contact-detail.ts";

const tag = "Contact details";
const error = (description: string) => ({ description, schema: ZErrorResponse });
const ZId = z.strictObject({ id: z.guid("The id must be a UUID") });
const etag = { ETag: 'The record\'s version, e.g. "2"; send it back in If-Match to change it' };

export const contactDetailsRoutes = [
  defineRestRoute({
    method: "GET",
    url: "/api/v1/contact-details/:id",
    operationId: "getContactDetail",
    summary: "One contact detail the caller's service areas may see (others answer 404)",
    tag,
    roles,
    params: ZId,
    responses: {
      200: { description: "The record", schema: ZContactDetail, headers: etag },
      404: error("Not found or not visible"),
    },
    handler: async ({ ctx, params, reply }) => {
      const record = await getContactDetail(ctx, params.id);
      return reply.header("etag", etagFor(record.version)).send(record);
    },
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/contact-details",
    operationId: "listContactDetails",
    summary: "A target's contact details the caller may see; historic ones only when includeHistoric=true",
    tag,
    roles,
    query: ZContactDetailsQuery,
    responses: {
      200: { description: "The records (an empty list when none)", schema: ZContactDetailList },
      400: error("targetId is not a UUID"),
    },
    handler: ({ ctx, query }) => listContactDetails(ctx, query),
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/contact-details",
    operationId: "createContactDetail",
    summary: "Add a phone number, email or address for a person, organisation or tenure",
    tag,
    roles,
    body: ZCreateContactDetailInput,
    responses: {
      201: {
        description: "Created",
        schema: ZContactDetail,
        headers: { ...etag, Location: "/api/v1/contact-details/{id}" },
      },
      400: error("Every invalid field; or the limit of 5 active phones/emails per area is reached"),
      403: error("Not one of the caller's service areas"),
    },
    handler: async ({ ctx, body, reply }) => {
      const record = await addContactDetail(ctx, body);
      return reply
        .code(201)
        .header("location", `/api/v1/contact-details/${record.id}`)
        .header("etag", etagFor(record.version))
        .send(record);
    },
  }),
  defineRestRoute({
    method: "PUT",
    url: "/api/v1/contact-details/:id",
    operationId: "updateContactDetail",
    summary: "Change isActive, sourceServiceArea.isDefault or contactInformation.description; nothing else",
    tag,
    roles,
    params: ZId,
    body: ZContactDetailChanges,
    requestHeaders: { "If-Match": 'The version last read, e.g. "2" (required)' },
    responses: {
      200: { description: "Saved", schema: ZContactDetail, headers: etag },
      400: error("A field that cannot be changed, or an invalid one"),
      404: error("Not found or not visible"),
      409: error("Missing or stale If-Match"),
    },
    handler: async ({ ctx, params, body, request, reply }) => {
      const version = await requireIfMatch(request, () => getContactDetail(ctx, params.id));
      const record = await updateContactDetail(ctx, { id: params.id, version, data: body });
      return reply.header("etag", etagFor(record.version)).send(record);
    },
  }),
  defineRestRoute({
    method: "POST",
    url: "/api/v1/contact-details/:id/consents",
    operationId: "grantContactDetailConsent",
    summary: "Record the resident's consent to share this record with another service area",
    tag,
    roles,
    params: ZId,
    body: ZGrantConsentInput.omit({ contactDetailId: true }),
    responses: { 201: { description: "Granted", schema: ZContactDetail }, 403: error("Not the owning area") },
    handler: async ({ ctx, params, body, reply }) =>
      reply.code(201).send(await grantConsent(ctx, { ...body, contactDetailId: params.id })),
  }),
  defineRestRoute({
    method: "DELETE",
    url: "/api/v1/contact-details/:id/consents/:consentId",
    operationId: "revokeContactDetailConsent",
    summary: "Revoke a consent; the other area stops seeing the record at once",
    tag,
    roles,
    params: z.strictObject({ id: z.guid(), consentId: z.guid() }),
    responses: { 200: { description: "Revoked", schema: ZContactDetail }, 404: error("No such consent in force") },
    handler: ({ ctx, params }) => revokeConsent(ctx, { contactDetailId: params.id, consentId: params.consentId }),
  }),
  defineRestRoute({
    method: "GET",
    url: "/api/v1/addresses",
    operationId: "lookUpAddresses",
    summary: "Addresses (with UPRN) in the council's property register at a UK postcode",
    tag,
    roles,
    query: ZAddressLookupQuery,
    responses: {
      200: { description: "Addresses in natural order", schema: ZAddressLookupResult },
      400: error("Not a UK postcode"),
    },
    handler: ({ ctx, query }) => lookUpAddresses(ctx, query.postcode),
  }),
];

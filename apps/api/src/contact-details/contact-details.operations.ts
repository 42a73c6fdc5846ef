import { staffRoles } from "@housing/schemas/auth";
import {
  ZAddressLookupQuery,
  ZAddressLookupResult,
  ZContactDetail,
  ZContactDetailChanges,
  ZContactDetailList,
  ZContactDetailsQuery,
  ZCreateContactDetailInput,
  ZGrantConsentInput,
  ZPreferredContactMethodInput,
  ZPreferredContactMethods,
  ZRevokeConsentInput,
  ZUpdateContactDetailInput,
} from "@housing/schemas/contact-details";
import { ZId, ZIdInput } from "@housing/schemas/primitives";
import { z } from "zod";
import { lookUpAddresses } from "../asset/address-lookup.ts";
import { defineOperation } from "../common/operation.ts";
import { changeAtVersion, createFrom, queryFrom, readById } from "../common/operation-shapes.ts";
import { addContactDetail } from "./add-contact-detail.ts";
import { grantConsent, revokeConsent } from "./contact-consent.ts";
import { getContactDetail, listContactDetails } from "./contact-details-reads.ts";
import { getPreferredContactMethods, setPreferredContactMethod } from "./preferred-contact-method.ts";
import { updateContactDetail } from "./update-contact-detail.ts";

export const contactDetailsTag = "Contact details";
const etag = 'The record\'s version, e.g. "2"; send it back in If-Match to change it';

// Any member of staff: what they see and change is decided by their service areas and consents.
export const contactDetailsOperations = {
  get: readById(ZContactDetail, getContactDetail, {
    path: "/api/v1/contact-details/:id",
    operationId: "getContactDetail",
    summary: "One contact detail the caller's service areas may see (others answer 404)",
    description: "The record",
    etag,
    notFound: "Not found or not visible",
  }),
  list: queryFrom(staffRoles, ZContactDetailsQuery, ZContactDetailList, listContactDetails, {
    path: "/api/v1/contact-details",
    operationId: "listContactDetails",
    summary: "A target's contact details the caller may see; historic ones only when includeHistoric=true",
    description: "The records (an empty list when none)",
    errors: { 400: "targetId is not a UUID" },
  }),
  create: createFrom(staffRoles, ZCreateContactDetailInput, ZContactDetail, addContactDetail, {
    path: "/api/v1/contact-details",
    operationId: "createContactDetail",
    summary: "Add a phone number, email or address for a person, organisation or tenure",
    etag,
    location: "/api/v1/contact-details/{id}",
    errors: {
      400: "Every invalid field; or the limit of 5 active phones/emails per area is reached",
      403: "Not one of the caller's service areas",
    },
  }),
  update: changeAtVersion(staffRoles, ZUpdateContactDetailInput, ZContactDetail, updateContactDetail, {
    method: "PUT",
    path: "/api/v1/contact-details/:id",
    operationId: "updateContactDetail",
    summary: "Change isActive, sourceServiceArea.isDefault or contactInformation.description; nothing else",
    body: ZContactDetailChanges,
    ifMatch: 'The version last read, e.g. "2" (required)',
    ensureExists: getContactDetail,
    description: "Saved",
    etag,
    errors: {
      400: "A field that cannot be changed, or an invalid one",
      404: "Not found or not visible",
      409: "Missing or stale If-Match",
    },
  }),
  grantConsent: defineOperation({
    roles: staffRoles,
    input: ZGrantConsentInput,
    output: ZContactDetail,
    trpc: "mutation",
    handler: (ctx, input) => grantConsent(ctx, input),
    rest: {
      method: "POST",
      path: "/api/v1/contact-details/:id/consents",
      operationId: "grantContactDetailConsent",
      summary: "Record the resident's consent to share this record with another service area",
      params: ZIdInput,
      body: ZGrantConsentInput.omit({ contactDetailId: true }),
      input: ({ params, body }) => ({ ...body, contactDetailId: params.id }),
      status: 201,
      description: "Granted",
      errors: { 403: "Not the owning area" },
    },
  }),
  revokeConsent: defineOperation({
    roles: staffRoles,
    input: ZRevokeConsentInput,
    output: ZContactDetail,
    trpc: "mutation",
    handler: (ctx, input) => revokeConsent(ctx, input),
    rest: {
      method: "DELETE",
      path: "/api/v1/contact-details/:id/consents/:consentId",
      operationId: "revokeContactDetailConsent",
      summary: "Revoke a consent; the other area stops seeing the record at once",
      params: z.strictObject({ id: ZId, consentId: ZId }),
      input: ({ params }) => ({ contactDetailId: params.id, consentId: params.consentId }),
      description: "Revoked",
      errors: { 404: "No such consent in force" },
    },
  }),
  preferredMethods: defineOperation({
    roles: staffRoles,
    input: z.strictObject({ personId: ZId }),
    output: ZPreferredContactMethods,
    trpc: "query",
    handler: (ctx, input) => getPreferredContactMethods(ctx, input.personId),
  }),
  setPreferredMethod: defineOperation({
    roles: staffRoles,
    input: ZPreferredContactMethodInput,
    output: ZPreferredContactMethods,
    trpc: "mutation",
    handler: (ctx, input) => setPreferredContactMethod(ctx, input),
  }),
  lookUpAddresses: queryFrom(
    staffRoles,
    ZAddressLookupQuery,
    ZAddressLookupResult,
    (ctx, input) => lookUpAddresses(ctx, input.postcode),
    {
      path: "/api/v1/addresses",
      operationId: "lookUpAddresses",
      summary: "Addresses (with UPRN) in the council's property register at a UK postcode",
      description: "Addresses in natural order",
      errors: { 400: "Not a UK postcode" },
    },
  ),
};

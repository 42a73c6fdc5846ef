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
import { ZId } from "@housing/schemas/primitives";
import { z } from "zod";
import { lookUpAddresses } from "../asset/address-lookup.ts";
import { defineOperation } from "../common/operation.ts";
import { addTo, queryFrom, removeFrom } from "../common/operation-shapes.ts";
import { restResource } from "../common/rest-resource.ts";
import { addContactDetail } from "./add-contact-detail.ts";
import { grantConsent, revokeConsent } from "./contact-consent.ts";
import { getContactDetail, listContactDetails } from "./contact-details-reads.ts";
import { getPreferredContactMethods, setPreferredContactMethod } from "./preferred-contact-method.ts";
import { updateContactDetail } from "./update-contact-detail.ts";

export const contactDetailsTag = "Contact details";
const contactDetails = restResource("ContactDetail", "/api/v1/contact-details", ZContactDetail, getContactDetail, {
  description: "The record",
  notFound: "Not found or not visible",
  etag: 'The record\'s version, e.g. "2"; send it back in If-Match to change it',
  ifMatch: 'The version last read, e.g. "2" (required)',
});

// Any member of staff: what they see and change is decided by their service areas and consents.
export const contactDetailsOperations = {
  get: contactDetails.get("One contact detail the caller's service areas may see (others answer 404)"),
  list: queryFrom(staffRoles, ZContactDetailsQuery, ZContactDetailList, listContactDetails, {
    path: "/api/v1/contact-details",
    operationId: "listContactDetails",
    summary: "A target's contact details the caller may see; historic ones only when includeHistoric=true",
    description: "The records (an empty list when none)",
    errors: { 400: "targetId is not a UUID" },
  }),
  create: contactDetails.create(staffRoles, ZCreateContactDetailInput, addContactDetail, {
    summary: "Add a phone number, email or address for a person, organisation or tenure",
    errors: {
      400: "Every invalid field; or the limit of 5 active phones/emails per area is reached",
      403: "Not one of the caller's service areas",
    },
  }),
  update: contactDetails.change(staffRoles, ZUpdateContactDetailInput, updateContactDetail, {
    method: "PUT",
    summary: "Change isActive, sourceServiceArea.isDefault or contactInformation.description; nothing else",
    body: ZContactDetailChanges,
    errors: { 400: "A field that cannot be changed, or an invalid one", 404: "Not found or not visible" },
  }),
  grantConsent: addTo(staffRoles, ZGrantConsentInput, ZContactDetail, grantConsent, {
    path: "/api/v1/contact-details/:id/consents",
    operationId: "grantContactDetailConsent",
    summary: "Record the resident's consent to share this record with another service area",
    owner: "contactDetailId",
    body: ZGrantConsentInput.omit({ contactDetailId: true }),
    description: "Granted",
    errors: { 403: "Not the owning area" },
  }),
  revokeConsent: removeFrom(staffRoles, ZRevokeConsentInput, ZContactDetail, revokeConsent, {
    path: "/api/v1/contact-details/:id/consents/:consentId",
    operationId: "revokeContactDetailConsent",
    summary: "Revoke a consent; the other area stops seeing the record at once",
    owner: "contactDetailId",
    part: "consentId",
    description: "Revoked",
    errors: { 404: "No such consent in force" },
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

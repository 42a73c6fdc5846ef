import {
  ZAddressLookupQuery,
  ZAddressLookupResult,
  ZContactDetail,
  ZContactDetailList,
  ZContactDetailsQuery,
  ZCreateContactDetailInput,
  ZGrantConsentInput,
  ZPreferredContactMethodInput,
  ZPreferredContactMethods,
  ZRevokeConsentInput,
  ZUpdateContactDetailInput,
} from "@housing/schemas/contact-details";
import { z } from "zod";
import { lookUpAddresses } from "../asset/address-lookup.ts";
import { router, staffProcedure } from "../trpc.ts";
import { addContactDetail } from "./add-contact-detail.ts";
import { grantConsent, revokeConsent } from "./contact-consent.ts";
import { getContactDetail, listContactDetails } from "./contact-details-reads.ts";
import { getPreferredContactMethods, setPreferredContactMethod } from "./preferred-contact-method.ts";
import { updateContactDetail } from "./update-contact-detail.ts";

// Any member of staff: what they see and change is decided by their service areas and consents.
export const contactDetailsRouter = router({
  get: staffProcedure
    .input(z.strictObject({ id: z.guid("The id must be a UUID") }))
    .output(ZContactDetail)
    .query(({ ctx, input }) => getContactDetail(ctx, input.id)),
  list: staffProcedure
    .input(ZContactDetailsQuery)
    .output(ZContactDetailList)
    .query(({ ctx, input }) => listContactDetails(ctx, input)),
  create: staffProcedure
    .input(ZCreateContactDetailInput)
    .output(ZContactDetail)
    .mutation(({ ctx, input }) => addContactDetail(ctx, input)),
  update: staffProcedure
    .input(ZUpdateContactDetailInput)
    .output(ZContactDetail)
    .mutation(({ ctx, input }) => updateContactDetail(ctx, input)),
  grantConsent: staffProcedure
    .input(ZGrantConsentInput)
    .output(ZContactDetail)
    .mutation(({ ctx, input }) => grantConsent(ctx, input)),
  revokeConsent: staffProcedure
    .input(ZRevokeConsentInput)
    .output(ZContactDetail)
    .mutation(({ ctx, input }) => revokeConsent(ctx, input)),
  preferredMethods: staffProcedure
    .input(z.strictObject({ personId: z.guid("The id must be a UUID") }))
    .output(ZPreferredContactMethods)
    .query(({ ctx, input }) => getPreferredContactMethods(ctx, input.personId)),
  setPreferredMethod: staffProcedure
    .input(ZPreferredContactMethodInput)
    .output(ZPreferredContactMethods)
    .mutation(({ ctx, input }) => setPreferredContactMethod(ctx, input)),
  lookUpAddresses: staffProcedure
    .input(ZAddressLookupQuery)
    .output(ZAddressLookupResult)
    .query(({ ctx, input }) => lookUpAddresses(ctx, input.postcode)),
});

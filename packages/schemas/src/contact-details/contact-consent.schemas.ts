import { z } from "zod";
import { ZServiceArea } from "../auth/auth.schemas.ts";
import { isoDate, todayIsoDate } from "../common/date.schemas.ts";
import { ZId } from "../common/primitives.schemas.ts";
import { requiredText } from "../common/text.schemas.ts";

// Sharing a contact detail with another service area by the person's consent. Apart from the value
// rules (contact-values.schemas.ts), so the staff app's consent forms load without the phone rules.

export const ZGrantConsentInput = z.strictObject({
  contactDetailId: ZId,
  grantedToArea: ZServiceArea,
  consentedBy: requiredText("who gave consent", 200),
  validUntil: isoDate("the date consent ends")
    .refine((date) => date >= todayIsoDate(), "The date consent ends cannot be in the past")
    .optional(),
});

export const ZRevokeConsentInput = z.strictObject({
  contactDetailId: ZId,
  consentId: ZId,
});

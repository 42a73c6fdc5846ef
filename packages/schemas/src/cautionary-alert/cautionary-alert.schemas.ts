import { z } from "zod";
import { whenAnObject } from "../common/cross-field.schemas.ts";
import { isoDate } from "../common/date.schemas.ts";
import { ZId, ZVersion } from "../common/primitives.schemas.ts";
import { freeText, optionalText } from "../common/text.schemas.ts";
import { ZActorStamp } from "../person/person.schemas.ts";

/**
 * The council's cautionary alert types, with the words staff read for each code (Hackney's
 * Universal Housing codes where it has one: VA, CV, DIS).
 */
export const cautionaryAlertTypes = {
  VA: "Verbal abuse or threat of violence",
  PV: "Physical violence",
  CV: "No lone visits",
  SAF: "Safeguarding concern",
  HAR: "Hoarding: health and safety risk",
  DOG: "Dangerous dog",
  ASB: "Anti-social behaviour",
  ASP: "Asbestos present",
  DIS: "Property under disrepair",
} as const;
export type TCautionaryAlertCode = keyof typeof cautionaryAlertTypes;
const alertCodes = Object.keys(cautionaryAlertTypes) as [TCautionaryAlertCode, ...TCautionaryAlertCode[]];

export const ZCautionaryAlertCode = z.enum(alertCodes, { error: "Choose the type of alert" });

/** What an alert can be raised against: a person, a tenure or a property. */
export const ZAlertTargetType = z.enum(["person", "tenure", "asset"], {
  error: "Choose a person, tenure or asset",
});
export type TAlertTargetType = z.infer<typeof ZAlertTargetType>;

export const ZAlertTarget = z.strictObject({ targetType: ZAlertTargetType, targetId: ZId });
export type TAlertTarget = z.infer<typeof ZAlertTarget>;

/** A cautionary alert: current from its start date until the day before its end date. */
export const ZCautionaryAlert = z
  .object({
    id: ZId,
    targetType: ZAlertTargetType,
    targetId: ZId,
    /** One of the codes in `cautionaryAlertTypes` (older records may hold another code). */
    alertCode: z.string(),
    alertType: z.string(),
    description: z.string(),
    startDate: z.string(),
    /** The day the alert stops applying; null while it has no end. */
    endDate: z.string().nullable(),
    endReason: z.string().nullable(),
    /** In force today: started, and not yet at its end date. */
    isCurrent: z.boolean(),
    createdAt: z.string(),
    createdBy: ZActorStamp,
    endedBy: ZActorStamp.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "CautionaryAlert" });
export type TCautionaryAlert = z.infer<typeof ZCautionaryAlert>;

/** A target's alerts: current ones first, then ended and future ones, latest start first. */
export const ZCautionaryAlertList = z.object({
  results: z.array(ZCautionaryAlert),
  /** Whether the caller holds one of the roles that may raise and end alerts (CAUTIONARY_ALERT_ROLES). */
  mayRaiseAndEnd: z.boolean(),
});
export type TCautionaryAlertList = z.infer<typeof ZCautionaryAlertList>;

const endNotBeforeStart = (value: { startDate?: unknown; endDate?: unknown }, ctx: z.RefinementCtx) => {
  const { startDate, endDate } = value;
  if (typeof startDate === "string" && typeof endDate === "string" && endDate < startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be before the start date" });
  }
};

export const ZRaiseCautionaryAlertInput = z
  .strictObject({
    targetType: ZAlertTargetType,
    targetId: ZId,
    alertCode: ZCautionaryAlertCode,
    description: freeText("a description of the risk", 1000),
    startDate: isoDate("the start date"),
    endDate: isoDate("the end date").optional(),
  })
  .superRefine((value, ctx) => endNotBeforeStart(value, ctx), whenAnObject);
export type TRaiseCautionaryAlertInput = z.infer<typeof ZRaiseCautionaryAlertInput>;

export const ZEndCautionaryAlertBody = z.strictObject({
  endDate: isoDate("the end date"),
  endReason: optionalText("a reason for ending the alert", 500),
});
export const ZEndCautionaryAlertInput = ZEndCautionaryAlertBody.extend({ id: ZId, version: ZVersion });
export type TEndCautionaryAlertInput = z.infer<typeof ZEndCautionaryAlertInput>;

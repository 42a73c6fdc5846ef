import { z } from "zod";
import { ZId } from "../common/primitives.schemas.ts";

/*
 * Every event the domains write to the outbox, with its payload as stored in oldData / newData.
 * The schemas describe what is written today; unknown keys are dropped rather than refused, and
 * fields that older rows may lack are optional, so every stored event still parses.
 */

const ZIsoDate = z.string();
// Amounts are stored as decimal strings ("-12.50"); a number is accepted for older rows.
const ZAmount = z.union([z.string(), z.number()]);
const text = z.string().nullable().optional();

const ZPersonFields = z.object({
  title: text,
  preferredTitle: text,
  firstName: text,
  middleName: text,
  surname: text,
  preferredFirstName: text,
  preferredMiddleName: text,
  preferredSurname: text,
  placeOfBirth: text,
  dateOfBirth: ZIsoDate.nullable().optional(),
  dateOfDeath: ZIsoDate.nullable().optional(),
  personTypes: z.array(z.string()).optional(),
});

const ZPersonCreatedData = ZPersonFields.extend({
  personRef: z.number().optional(),
  reason: z.string().optional(),
  tenures: z.array(z.object({ tenureId: ZId, isResponsible: z.boolean() })).optional(),
});

const ZContactDetailData = z.object({
  targetId: ZId,
  targetType: z.string().optional(),
  contactType: z.string().optional(),
  subType: z.string().optional(),
  value: z.string().optional(),
  description: z.string().nullable().optional(),
  serviceArea: z.string().optional(),
  isDefault: z.boolean().optional(),
  isActive: z.boolean().optional(),
});

const ZConsentData = z.object({
  targetId: ZId,
  consentId: ZId,
  grantedToArea: z.string().optional(),
  consentedBy: z.string().optional(),
});

// Asset and tenure records are evented as the property register sent them.
const ZAssetData = z.looseObject({ id: ZId.optional(), parentId: ZId.nullable().optional() });
const ZTenureCreatedData = z.looseObject({
  id: ZId,
  assetId: ZId,
  paymentReference: z.string(),
  tenureTypeCode: z.string(),
  startOfTenureDate: ZIsoDate,
  endOfTenureDate: ZIsoDate.optional(),
});
const ZTenureFields = z.object({
  tenureTypeCode: z.string().optional(),
  startOfTenureDate: ZIsoDate.nullable().optional(),
  endOfTenureDate: ZIsoDate.nullable().optional(),
  terminationReason: z.string().nullable().optional(),
});

const ZMembershipData = z.object({
  personId: ZId,
  isResponsible: z.boolean(),
  personTenureType: z.string().optional(),
});

// `value` names the alert (its type in words) for the activity history, as a contact detail's value does.
const ZCautionaryAlertData = z.object({
  targetType: z.enum(["person", "tenure", "asset"]),
  targetId: ZId,
  value: z.string().optional(),
  alertCode: z.string().optional(),
  description: z.string().optional(),
  startDate: ZIsoDate.optional(),
  endDate: ZIsoDate.nullable().optional(),
  endReason: z.string().nullable().optional(),
});

const ZAccountLink = { rentAccountId: ZId, tenureId: ZId };

const ZTransactionData = z.object({
  transactionId: ZId,
  rentAccountId: ZId.nullable(),
  tenureId: ZId.nullable(),
  transactionType: z.string(),
  transactionDate: ZIsoDate,
  transactionAmount: ZAmount,
  balanceAmount: ZAmount.nullable(),
  isSuspense: z.boolean(),
});

const ZDecision = {
  resolutionId: ZId,
  status: z.enum(["Approved", "Rejected"]),
  decisionNote: z.string().nullable(),
};

function event<const T extends string, const D extends string, O extends z.ZodType, N extends z.ZodType>(
  eventType: T,
  sourceDomain: D,
  oldData: O,
  newData: N,
) {
  return z.object({ eventType: z.literal(eventType), sourceDomain: z.literal(sourceDomain), oldData, newData });
}

const none = z.null();

export const ZDomainEvent = z.discriminatedUnion("eventType", [
  event("PersonCreatedEvent", "person", none, ZPersonCreatedData),
  event("PersonUpdatedEvent", "person", ZPersonFields, ZPersonFields),

  event("ContactDetailAddedEvent", "contact-details", none, ZContactDetailData),
  event("ContactDetailUpdatedEvent", "contact-details", ZContactDetailData, ZContactDetailData),
  event("ContactDetailDeactivatedEvent", "contact-details", ZContactDetailData, ZContactDetailData),
  event("ContactDetailConsentGrantedEvent", "contact-details", none, ZConsentData),
  event(
    "ContactDetailConsentRevokedEvent",
    "contact-details",
    ZConsentData.pick({ targetId: true, consentId: true }),
    none,
  ),

  event("AssetCreatedEvent", "asset", none, ZAssetData),
  event("AssetUpdatedEvent", "asset", ZAssetData, ZAssetData),

  event("TenureCreatedEvent", "tenure", none, ZTenureCreatedData),
  event("TenureUpdatedEvent", "tenure", ZTenureFields, ZTenureFields),
  event("HouseholdMemberAddedEvent", "tenure", none, ZMembershipData),
  event("HouseholdMemberUpdatedEvent", "tenure", ZMembershipData, ZMembershipData),
  event("HouseholdMemberRemovedEvent", "tenure", ZMembershipData, none),

  event("CautionaryAlertRaisedEvent", "cautionary-alert", none, ZCautionaryAlertData),
  event("CautionaryAlertEndedEvent", "cautionary-alert", ZCautionaryAlertData, ZCautionaryAlertData),

  event(
    "RentAccountCreatedEvent",
    "finance",
    none,
    z.object({ ...ZAccountLink, rentAccountNumber: z.string(), balance: ZAmount }),
  ),
  event("ChargeAddedEvent", "finance", none, z.looseObject({ ...ZAccountLink, chargeId: ZId })),
  event(
    "ChargeEndedEvent",
    "finance",
    z.object({ endDate: z.null() }),
    z.object({ ...ZAccountLink, endDate: ZIsoDate }),
  ),
  event("TransactionRecordedEvent", "finance", none, ZTransactionData),
  event("SuspensePaymentRecordedEvent", "finance", none, ZTransactionData),
  event(
    "SuspenseMatchProposedEvent",
    "finance",
    none,
    z.object({ resolutionId: ZId, proposedRentAccountId: ZId, note: z.string() }),
  ),
  event(
    "SuspenseMatchRejectedEvent",
    "finance",
    z.object({ status: z.literal("Proposed") }),
    z.object({ ...ZDecision, proposedRentAccountId: ZId }),
  ),
  event(
    "SuspenseMatchApprovedEvent",
    "finance",
    z.object({ isSuspense: z.literal(true), rentAccountId: z.null() }),
    z.object({
      ...ZDecision,
      ...ZAccountLink,
      isSuspense: z.literal(false),
      transactionAmount: ZAmount,
      balanceAmount: ZAmount,
    }),
  ),

  event(
    "DataImportedEvent",
    "import",
    none,
    z.looseObject({
      sha256: z.string(),
      ranBy: z.string(),
      rows: z.number(),
      written: z.record(z.string(), z.number()),
    }),
  ),
]);

/** An event as read back from the outbox: its type, the domain that wrote it and its payload. */
export type TDomainEvent = z.output<typeof ZDomainEvent>;
/** An event as a domain function writes it. */
export type TNewDomainEventPayload = z.input<typeof ZDomainEvent>;
export type TDomainEventType = TDomainEvent["eventType"];
export type TSourceDomain = TDomainEvent["sourceDomain"];

/** The domain each event type belongs to. */
export const sourceDomainOf = Object.fromEntries(
  ZDomainEvent.options.map((option) => [option.shape.eventType.value, option.shape.sourceDomain.value]),
) as { [E in TDomainEvent as E["eventType"]]: E["sourceDomain"] };

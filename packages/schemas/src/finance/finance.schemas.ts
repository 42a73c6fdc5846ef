import { z } from "zod";
import { isoDate, isoDateOrDateTime } from "../common/date.schemas.ts";
import { ZBooleanParam, caseInsensitiveEnum, withAliases } from "../common/query-param.schemas.ts";
import { ZId, ZVersion, pageFields } from "../common/primitives.schemas.ts";
import { freeText, optionalText, requiredText } from "../common/text.schemas.ts";
import { ZActorStamp } from "../person/person.schemas.ts";
import { ZTenure } from "../tenure/tenure.schemas.ts";
import { ZSearchText, pageAlias } from "../search/search.schemas.ts";
import { ZRentAccountStatus } from "./rent-account-status.schemas.ts";

/** Pounds with at most two decimal places (pence), within the columns' range; `label` starts a sentence. */
function money(label: string) {
  const asObject = label.charAt(0).toLowerCase() + label.slice(1);
  return z
    .number({ error: `Enter ${asObject} as a number of pounds` })
    .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, `${label} must be whole pence`)
    .refine((value) => Math.abs(value) < 10_000_000, `${label} must be less than £10,000,000`);
}

export const chargeTypes = ["DwellingRent", "NonDwellingRent", "ServiceCharge", "RentalServiceCharge"] as const;
export const ZChargeType = z.enum(chargeTypes, { error: `Use a charge type from: ${chargeTypes.join(", ")}` });

export const transactionTypes = ["Payment", "Charge", "Refund", "Adjustment", "HousingBenefit"] as const;
export const ZTransactionType = z.enum(transactionTypes, {
  error: `Use a transaction type from: ${transactionTypes.join(", ")}`,
});

export { rentAccountStatuses } from "./rent-account-status.schemas.ts";
export const suspenseResolutionStatuses = ["Proposed", "Approved", "Rejected"] as const;

const ZRentAccountNumber = z
  .string()
  .regex(/^[A-Za-z0-9]{4,20}$/, "Enter the rent account number (4 to 20 letters or digits)");

// ------------------------------------------------------------------ Writes

export const ZCreateRentAccountInput = z.strictObject({
  id: ZId.optional(),
  tenureId: ZId,
  /** The tenure's payment reference when not sent. */
  rentAccountNumber: ZRentAccountNumber.optional(),
});
export type TCreateRentAccountInput = z.output<typeof ZCreateRentAccountInput>;

export const ZChargeFields = z
  .strictObject({
    chargeType: ZChargeType,
    chargeCode: z.string().regex(/^[A-Z0-9]{2,6}$/, "Enter a charge code such as DWR"),
    description: requiredText("a description", 100),
    weeklyAmount: money("The weekly amount").refine((value) => value > 0, "The weekly amount must be more than 0"),
    startDate: isoDate("the start date"),
    endDate: isoDate("the end date").optional(),
  })
  .superRefine((charge, ctx) => {
    if (charge.endDate && charge.endDate < charge.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be before the start date" });
    }
  });
export type TChargeFields = z.output<typeof ZChargeFields>;

export const ZAddChargeInput = z.strictObject({ rentAccountId: ZId, charge: ZChargeFields });
export type TAddChargeInput = z.output<typeof ZAddChargeInput>;

export const ZEndChargeInput = z.strictObject({ id: ZId, version: ZVersion, endDate: isoDate("the end date") });
export type TEndChargeInput = z.output<typeof ZEndChargeInput>;

// Money in is positive and money owed negative, as on a statement.
const amountSigns: Record<(typeof transactionTypes)[number], { sign: 1 | -1 | 0; message: string }> = {
  Payment: { sign: 1, message: "A payment is money in: send a positive amount" },
  HousingBenefit: { sign: 1, message: "Housing benefit is money in: send a positive amount" },
  Charge: { sign: -1, message: "A charge is money owed: send a negative amount" },
  Refund: { sign: -1, message: "A refund is money paid back out: send a negative amount" },
  Adjustment: { sign: 0, message: "An adjustment cannot be 0" },
};

export const ZRecordTransactionInput = z
  .strictObject({
    id: ZId.optional(),
    /** Absent for a payment that matched no account: it goes to the suspense account. */
    rentAccountId: ZId.optional(),
    isSuspense: z.boolean().default(false),
    transactionType: ZTransactionType,
    transactionSource: z.string().regex(/^[A-Z0-9-]{1,20}$/, "Enter the transaction source, such as DD or BACS"),
    transactionDate: isoDate("the transaction date"),
    transactionAmount: money("The amount"),
    /** Worked out from the transaction date when not sent (financial year from 1 April, rent weeks). */
    financialYear: z.number().int().min(1990).max(2100).optional(),
    financialMonth: z.number().int().min(1).max(12).optional(),
    periodNo: z.number().int().min(1).max(53).optional(),
    /** As received; the account number when not sent. */
    paymentReference: optionalText("the payment reference", 50),
    /** Only the last 2 digits are kept (******78). */
    bankAccountNumber: z
      .string()
      .regex(/^(\d{6,10}|\*{6}\d{2})$/, "Enter the bank account number as 6 to 10 digits")
      .optional(),
    sortCode: z
      .string()
      .regex(/^(\d{2}-?\d{2}-?\d{2}|\*\*-\*\*-\d{2})$/, "Enter the sort code as 12-34-56")
      .optional(),
    senderName: optionalText("the sender's name", 100),
    address: optionalText("the address", 300),
    fund: z
      .string()
      .regex(/^[A-Z0-9]{2,10}$/, "Enter a fund code such as HRA")
      .optional(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.isSuspense) {
      if (input.rentAccountId) issue("rentAccountId", "A suspense payment has no account: leave the account out");
      if (input.transactionType !== "Payment") issue("transactionType", "Only payments can go to suspense");
      if (!input.paymentReference) issue("paymentReference", "Enter the payment reference as received");
    } else if (!input.rentAccountId) {
      issue("rentAccountId", "Enter the rent account, or mark the payment as suspense");
    }
    const { sign, message } = amountSigns[input.transactionType];
    const amount = input.transactionAmount;
    if (sign === 0 ? amount === 0 : Math.sign(amount) !== sign) issue("transactionAmount", message);
  });
export type TRecordTransactionInput = z.output<typeof ZRecordTransactionInput>;

export const ZProposeSuspenseMatchInput = z.strictObject({
  transactionId: ZId,
  rentAccountId: ZId,
  note: freeText("a note saying why this is the right account", 1000),
});
export type TProposeSuspenseMatchInput = z.output<typeof ZProposeSuspenseMatchInput>;

export const ZDecideSuspenseMatchInput = z.strictObject({
  resolutionId: ZId,
  approve: z.boolean(),
  note: freeText("a note", 1000).optional(),
});
export type TDecideSuspenseMatchInput = z.output<typeof ZDecideSuspenseMatchInput>;

// ------------------------------------------------------------------ Reads

export const ZWeeklyCharges = z.object({
  dwellingRent: z.number(),
  nonDwellingRent: z.number(),
  serviceCharges: z.number(),
  rentalServiceCharges: z.number(),
  total: z.number(),
});

export const ZCharge = z.object({
  id: ZId,
  chargeType: ZChargeType,
  chargeCode: z.string(),
  description: z.string(),
  weeklyAmount: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  version: z.number().int(),
});
export type TCharge = z.infer<typeof ZCharge>;

export const ZRentAccount = z.object({
  id: ZId,
  rentAccountNumber: z.string(),
  status: ZRentAccountStatus,
  /** Maintained from the transactions: negative means arrears. */
  balance: z.number(),
  tenure: ZTenure.pick({
    id: true,
    paymentReference: true,
    tenureType: true,
    startOfTenureDate: true,
    endOfTenureDate: true,
    isActive: true,
  }),
  asset: z.object({ id: ZId, assetId: z.string(), assetType: z.string(), fullAddress: z.string() }),
  address: z.string(),
  tenants: z.array(z.object({ id: ZId, fullName: z.string(), isResponsible: z.boolean() })),
  /** Charges in force today, by type. */
  weeklyCharges: ZWeeklyCharges,
  charges: z.array(ZCharge),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: ZActorStamp,
});
export type TRentAccount = z.infer<typeof ZRentAccount>;

export const ZSuspenseResolution = z.object({
  id: ZId,
  transactionId: ZId,
  proposedRentAccountId: ZId,
  note: z.string(),
  status: z.enum(suspenseResolutionStatuses),
  proposedAt: z.string(),
  proposedBy: ZActorStamp,
  decidedAt: z.string().nullable(),
  decidedBy: ZActorStamp.nullable(),
  decisionNote: z.string().nullable(),
});
export type TSuspenseResolution = z.infer<typeof ZSuspenseResolution>;

export const ZTransaction = z.object({
  id: ZId,
  /** The rent account, or null while the payment sits in suspense. */
  targetId: ZId.nullable(),
  /** What targetId names: a rent account, or nothing while the payment sits in suspense. */
  targetType: z.literal("RentAccount").nullable(),
  isSuspense: z.boolean(),
  transactionDate: z.string(),
  transactionAmount: z.number(),
  paidAmount: z.number(),
  chargedAmount: z.number(),
  housingBenefitAmount: z.number(),
  balanceAmount: z.number().nullable(),
  paymentReference: z.string(),
  /** Masked: ******78. */
  bankAccountNumber: z.string().nullable(),
  sortCode: z.string().nullable(),
  /** The payer as the bank names them; `id` is kept for the council's clients and is always null, a bank payer is not a known person. */
  sender: z.object({ id: z.null(), fullName: z.string().nullable() }),
  address: z.string().nullable(),
  fund: z.string(),
  transactionSource: z.string(),
  transactionType: ZTransactionType,
  financialYear: z.number().int(),
  financialMonth: z.number().int(),
  periodNo: z.number().int(),
  suspenseResolutionInfo: ZSuspenseResolution.nullable(),
  version: z.number().int(),
});
export type TTransaction = z.infer<typeof ZTransaction>;

/** Where a payment in suspense stands: no one has found its account yet, or a match waits for a manager. */
export const suspenseStatuses = ["AwaitingMatch", "Proposed"] as const;
export const transactionSortOptions = ["transactionDate", "transactionAmount"] as const;

const ZTransactionFilters = z.object({
  searchText: ZSearchText.optional(),
  targetId: ZId.optional(),
  startDate: isoDateOrDateTime("the start date").optional(),
  endDate: isoDateOrDateTime("the end date").optional(),
  isSuspense: ZBooleanParam.optional().meta({
    description: "Payments in suspense (true) or not (false); false when left out, unless suspenseStatus is sent",
  }),
  /** Payments in suspense only, in this state. */
  suspenseStatus: z
    .enum(suspenseStatuses, { error: `Use a suspense status from: ${suspenseStatuses.join(", ")}` })
    .optional(),
  sortBy: caseInsensitiveEnum(transactionSortOptions, `Sort by one of: ${transactionSortOptions.join(", ")}`).default(
    "transactionDate",
  ),
  /** Newest (or largest) first unless asked otherwise. */
  isDesc: ZBooleanParam.default(true),
});

function checkTransactionFilters(input: z.output<typeof ZTransactionFilters>, ctx: z.RefinementCtx) {
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be before the start date" });
  }
  if (input.suspenseStatus && input.isSuspense === false) {
    ctx.addIssue({
      code: "custom",
      path: ["suspenseStatus"],
      message: "Only payments in suspense have a suspense status: leave isSuspense out",
    });
  }
}

/** Every search says whether it wants payments in suspense: a suspense status implies it wants them. */
function withSuspenseDefault<T extends z.output<typeof ZTransactionFilters>>(input: T): T & { isSuspense: boolean } {
  return { ...input, isSuspense: input.isSuspense ?? input.suspenseStatus !== undefined };
}

export const ZTransactionSearchInput = withAliases(
  ZTransactionFilters.extend(pageFields).superRefine(checkTransactionFilters),
  pageAlias,
).transform(withSuspenseDefault);
export type TTransactionSearchInput = z.output<typeof ZTransactionSearchInput>;

/** The search without its paging: what a CSV export of every transaction found takes. */
export const ZTransactionExportInput =
  ZTransactionFilters.superRefine(checkTransactionFilters).transform(withSuspenseDefault);
export type TTransactionExportInput = z.output<typeof ZTransactionExportInput>;

export const ZTransactionTotals = z.object({
  transactionAmount: z.number(),
  paidAmount: z.number(),
  chargedAmount: z.number(),
});

export const ZTransactionSearchResult = z.object({
  /** `total` is in both places: the design's payload has it inside results, earlier clients read it outside. */
  results: z.object({ transactions: z.array(ZTransaction), total: z.number().int() }),
  total: z.number().int(),
  /** Of every transaction found, not only this page. */
  totals: ZTransactionTotals,
});
export type TTransactionSearchResult = z.infer<typeof ZTransactionSearchResult>;

import { z } from "zod";
import { ZAssetAddress, ZAssetType } from "../asset/asset.schemas.ts";
import { ZId } from "../common/primitives.schemas.ts";
import { ZRentAccountStatus } from "../finance/rent-account-status.schemas.ts";
import { ZPersonTenure, ZPersonType } from "../person/person.schemas.ts";

// What a search answers: a page of documents (persons, assets, tenures, accounts, properties with
// their totals), a page read with a cursor, and the state of the index.

const ZTenureSummary = z.object({
  id: ZId,
  type: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  isActive: z.boolean(),
  assetId: ZId,
  assetFullAddress: z.string(),
  postCode: z.string().nullable(),
  paymentReference: z.string(),
  /** The tenancy's rent account, if it has one. */
  rentAccountNumber: z.string().nullable(),
  totalBalance: z.number().nullable(),
});

export const ZPersonSearchDocument = z.object({
  id: ZId,
  personRef: z.number().int(),
  title: z.string().nullable(),
  firstname: z.string(),
  middleName: z.string().nullable(),
  surname: z.string(),
  preferredFirstname: z.string().nullable(),
  preferredSurname: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  personTypes: z.array(ZPersonType),
  isPersonCautionaryAlerted: z.boolean(),
  isTenureCautionaryAlerted: z.boolean(),
  tenures: z.array(ZTenureSummary),
  /** Sum of the balances of the person's active tenures' rent accounts. */
  totalBalance: z.number().nullable(),
});
export type TPersonSearchDocument = z.infer<typeof ZPersonSearchDocument>;

export const ZAssetSearchDocument = z.object({
  id: ZId,
  assetId: z.string(),
  assetType: ZAssetType,
  name: z.string().nullable(),
  assetAddress: ZAssetAddress,
  fullAddress: z.string(),
  isAssetCautionaryAlerted: z.boolean(),
  parentAssets: z.array(z.object({ id: ZId, assetType: ZAssetType, name: z.string() })),
  childrenCount: z.number().int(),
  tenure: z
    .object({
      id: ZId,
      paymentReference: z.string(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      type: z.string(),
      isActive: z.boolean(),
      residents: z.array(z.object({ id: ZId, fullName: z.string(), isCautionaryAlerted: z.boolean() })),
    })
    .nullable(),
});
export type TAssetSearchDocument = z.infer<typeof ZAssetSearchDocument>;

export const ZTenureSearchDocument = z.object({
  id: ZId,
  paymentReference: z.string(),
  householdMembers: z.array(
    z.object({ id: ZId, fullName: z.string(), isResponsible: z.boolean(), personTenureType: z.string() }),
  ),
  tenuredAsset: z.object({
    id: ZId,
    fullAddress: z.string(),
    uprn: z.string().nullable(),
    type: ZAssetType,
    propertyReference: z.string(),
  }),
  tenureType: z.object({ code: z.string(), description: z.string() }),
  startOfTenureDate: z.string(),
  endOfTenureDate: z.string().nullable(),
  isActive: z.boolean(),
  /** A cautionary alert on the tenure was current on the day the document was indexed. */
  isTenureCautionaryAlerted: z.boolean(),
});
export type TTenureSearchDocument = z.infer<typeof ZTenureSearchDocument>;

export const ZAccountSearchDocument = z.object({
  /** The rent account's id. */
  id: ZId,
  rentAccountNumber: z.string(),
  paymentReference: z.string(),
  accountStatus: ZRentAccountStatus,
  /** The stored balance, kept from the transactions: negative means arrears. */
  balance: z.number(),
  /** The same number as `balance`, under the name finance reports use. */
  totalBalance: z.number(),
  /** `type` is the tenure type's description, e.g. Secure. */
  tenure: ZPersonTenure.pick({
    id: true,
    type: true,
    tenureTypeCode: true,
    startDate: true,
    endDate: true,
    isActive: true,
  }),
  asset: z.object({ id: ZId, assetId: z.string(), assetType: ZAssetType }),
  /** The tenured property's full address. */
  address: z.string(),
  postCode: z.string().nullable(),
  tenants: z.array(z.object({ id: ZId, fullName: z.string(), isResponsible: z.boolean() })),
});
export type TAccountSearchDocument = z.infer<typeof ZAccountSearchDocument>;

/**
 * A property with its rent account totals: a home's are its current tenure's account, an estate's or
 * a block's the sums of everything under it. Charges are the weekly amounts in force today.
 */
export const ZPropertyAccount = z
  .object({
    id: ZId,
    assetId: z.string(),
    assetType: ZAssetType,
    name: z.string().nullable(),
    fullAddress: z.string(),
    assetAddress: ZAssetAddress,
    /** Negative means arrears. */
    totalBalance: z.number(),
    totalDwellingRent: z.number(),
    totalNonDwellingRent: z.number(),
    totalServiceCharges: z.number(),
    totalRentalServiceCharges: z.number(),
    /** The rent account of the home's current tenure; null for an estate, a block or a home without one. */
    account: z
      .object({
        id: ZId,
        rentAccountNumber: z.string(),
        balance: z.number(),
        tenants: z.array(z.object({ id: ZId, fullName: z.string() })),
      })
      .nullable(),
    /** An estate's blocks and homes, a block's homes, each with its own totals and children. */
    get children(): z.ZodArray<typeof ZPropertyAccount> {
      return z.array(ZPropertyAccount);
    },
  })
  .meta({ id: "PropertyAccount" });
export type TPropertyAccount = z.infer<typeof ZPropertyAccount>;

export const ZPersonSearchResult = z.object({
  results: z.object({ persons: z.array(ZPersonSearchDocument) }),
  total: z.number().int(),
});
export const ZAssetSearchResult = z.object({
  results: z.object({ assets: z.array(ZAssetSearchDocument) }),
  total: z.number().int(),
});
export const ZTenureSearchResult = z.object({
  results: z.object({ tenures: z.array(ZTenureSearchDocument) }),
  total: z.number().int(),
});

export const ZAccountSearchResult = z.object({
  results: z.object({ accounts: z.array(ZAccountSearchDocument) }),
  total: z.number().int(),
});
export type TAccountSearchResult = z.infer<typeof ZAccountSearchResult>;

export const ZPropertyAccountSearchResult = z.object({
  results: z.object({ assets: z.array(ZPropertyAccount) }),
  total: z.number().int(),
});
export type TPropertyAccountSearchResult = z.infer<typeof ZPropertyAccountSearchResult>;

export function cursorPage<T extends z.ZodType>(document: T) {
  return z.object({ results: z.array(document), nextCursor: ZId.nullable() });
}

export const ZSearchStatus = z.object({
  engine: z.string(),
  isBuilt: z.boolean(),
  pendingEvents: z.number().int(),
  lagSeconds: z.number(),
  deadLetters: z.number().int(),
  checkpoint: z.number().int(),
});

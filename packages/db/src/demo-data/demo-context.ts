import type { Prisma } from "../generated/prisma/client.ts";
import { createRandom, deriveSeed, type Random } from "./random.ts";

/** Everything one batch of demo data writes, in the order the foreign keys need. */
export type DemoBatch = {
  organisations: Prisma.OrganisationCreateManyInput[];
  assets: Prisma.AssetCreateManyInput[];
  persons: Prisma.PersonCreateManyInput[];
  tenures: Prisma.TenureCreateManyInput[];
  householdMembers: Prisma.HouseholdMemberCreateManyInput[];
  rentAccounts: Prisma.RentAccountCreateManyInput[];
  charges: Prisma.ChargeCreateManyInput[];
  transactions: Prisma.TransactionCreateManyInput[];
  equalityData: Prisma.PersonEqualityDataCreateManyInput[];
  identifications: Prisma.PersonIdentificationCreateManyInput[];
  personLinks: Prisma.PersonLinkCreateManyInput[];
  serviceAreaData: Prisma.PersonServiceAreaDataCreateManyInput[];
  contactPreferences: Prisma.PersonContactPreferenceCreateManyInput[];
  cautionaryAlerts: Prisma.CautionaryAlertCreateManyInput[];
  contactDetails: Prisma.ContactDetailCreateManyInput[];
  contactConsents: Prisma.ContactConsentCreateManyInput[];
};

export function createDemoBatch(): DemoBatch {
  return {
    organisations: [],
    assets: [],
    persons: [],
    tenures: [],
    householdMembers: [],
    rentAccounts: [],
    charges: [],
    transactions: [],
    equalityData: [],
    identifications: [],
    personLinks: [],
    serviceAreaData: [],
    contactPreferences: [],
    cautionaryAlerts: [],
    contactDetails: [],
    contactConsents: [],
  };
}

/** Allocates the human-facing references; unique by construction, scrambled so they look issued. */
export type References = {
  nextPersonRef(): number;
  nextPropertyReference(): string;
  nextUprn(): string;
  nextPaymentReference(): string;
};

// Multipliers coprime with the ranges (10^7 and 9·10^9), so i ↦ (i·m + offset) mod range is a bijection.
const UPRN_MULTIPLIER = 4_435_761;
const PAYMENT_MULTIPLIER = 2_654_435_761;

function createReferences(random: Random): References {
  let personRef = 0;
  let property = 0;
  let uprn = 0;
  let payment = 0;
  const uprnOffset = random.int(0, 9_999_999);
  const paymentOffset = random.int(0, 899_999_999) * 10;
  return {
    nextPersonRef: () => ++personRef,
    nextPropertyReference: () => String(10_000 + ++property).padStart(8, "0"),
    nextUprn: () => `10008${String((++uprn * UPRN_MULTIPLIER + uprnOffset) % 10_000_000).padStart(7, "0")}`,
    nextPaymentReference: () => {
      const index = ++payment;
      // Split the product so it stays below 2^53 for any realistic index.
      const scrambled =
        (((index % 9_000_000_000) * (PAYMENT_MULTIPLIER % 9_000_000_000)) % 9_000_000_000) + paymentOffset;
      return String(1_000_000_000 + (scrambled % 9_000_000_000));
    },
  };
}

export type DemoContext = {
  /** Every value choice, in generation order. */
  random: Random;
  /** Row ids only, so ids stay stable however values are drawn. */
  ids: Random;
  references: References;
  /** The day the data is "as of": current tenures run to it, transactions end on it. */
  asOf: number;
  /** First day of the year of transactions. */
  windowStart: number;
  actor: { id: string; name: string; email: string };
};

export function createDemoContext(seed: number, asOf: number, actor: DemoContext["actor"]): DemoContext {
  const random = createRandom(deriveSeed(seed, "values"));
  return {
    random,
    ids: createRandom(deriveSeed(seed, "ids")),
    references: createReferences(createRandom(deriveSeed(seed, "references"))),
    asOf,
    windowStart: asOf - 364,
    actor,
  };
}

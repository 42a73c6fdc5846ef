import type { Prisma } from "../generated/prisma/client.ts";
import { fakeUprn, numberedReference } from "./fake-data.ts";
import { createIdGenerator, createRandom, deriveSeed, type Random } from "./random.ts";

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
  /** Only where the history starts with an event officers look at (a payment landing in suspense). */
  domainEvents: Prisma.DomainEventCreateManyInput[];
};

/** Each batch list and its table, in the order the foreign keys need. */
export const demoTables: readonly (readonly [keyof DemoBatch, string])[] = [
  ["organisations", "Organisation"],
  ["assets", "Asset"],
  ["persons", "Person"],
  ["tenures", "Tenure"],
  ["householdMembers", "HouseholdMember"],
  ["rentAccounts", "RentAccount"],
  ["charges", "Charge"],
  ["transactions", "Transaction"],
  ["equalityData", "PersonEqualityData"],
  ["identifications", "PersonIdentification"],
  ["personLinks", "PersonLink"],
  ["serviceAreaData", "PersonServiceAreaData"],
  ["contactPreferences", "PersonContactPreference"],
  ["cautionaryAlerts", "CautionaryAlert"],
  ["contactDetails", "ContactDetail"],
  ["contactConsents", "ContactConsent"],
  ["domainEvents", "DomainEvent"],
];

/** The tables the demo data fills, parents first. */
export const demoTableNames = demoTables.map(([, table]) => table);

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
    domainEvents: [],
  };
}

/** Allocates the human-facing references; unique by construction, scrambled so they look issued. */
export type References = {
  nextPersonRef(): number;
  nextPropertyReference(): string;
  nextUprn(): string;
  nextPaymentReference(): string;
};

// References are issued in increasing order with random gaps: they look issued rather than
// counted, stay unique by construction, and keep their unique indexes append-only while loading.
function createReferences(random: Random): References {
  let personRef = 0;
  let property = 10_000;
  let uprn = random.int(0, 20_000_000);
  let payment = 1_000_000_000 + random.int(0, 1_000_000_000);
  return {
    nextPersonRef: () => ++personRef,
    nextPropertyReference: () => numberedReference("", ++property, 8),
    nextUprn: () => fakeUprn((uprn += random.int(1, 9))),
    nextPaymentReference: () => String((payment += random.int(1, 150))),
  };
}

export type DemoContext = {
  /** Every value choice, in generation order. */
  random: Random;
  /** Row ids only, so ids stay stable however values are drawn. */
  ids: { uuid(): string };
  /**
   * Transaction ids: how many weekly charges and payments a year holds follows the calendar, so
   * they have their own stream and every other row keeps its id whatever the as-of day.
   */
  ledgerIds: { uuid(): string };
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
    ids: { uuid: createIdGenerator(deriveSeed(seed, "ids")) },
    ledgerIds: { uuid: createIdGenerator(deriveSeed(seed, "ledger-ids")) },
    references: createReferences(createRandom(deriveSeed(seed, "references"))),
    asOf,
    windowStart: asOf - 364,
    actor,
  };
}

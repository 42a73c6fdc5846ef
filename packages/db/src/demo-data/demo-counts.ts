import type { DemoBatch } from "./demo-context.ts";

/** Rows seeded, by kind: what `seedDemoData` reports. */
export type DemoCounts = {
  persons: number;
  organisations: number;
  assets: number;
  tenures: number;
  householdMembers: number;
  rentAccounts: number;
  charges: number;
  transactions: number;
  suspenseTransactions: number;
  contactDetails: number;
  cautionaryAlerts: number;
};

export function countBatch(batch: DemoBatch): DemoCounts {
  return {
    persons: batch.persons.length,
    organisations: batch.organisations.length,
    assets: batch.assets.length,
    tenures: batch.tenures.length,
    householdMembers: batch.householdMembers.length,
    rentAccounts: batch.rentAccounts.length,
    charges: batch.charges.length,
    transactions: batch.transactions.length,
    suspenseTransactions: batch.transactions.filter((t) => t.isSuspense).length,
    contactDetails: batch.contactDetails.length,
    cautionaryAlerts: batch.cautionaryAlerts.length,
  };
}

export function addCounts(totals: DemoCounts, more: DemoCounts): void {
  for (const key of Object.keys(totals) as (keyof DemoCounts)[]) totals[key] += more[key];
}

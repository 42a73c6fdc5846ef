import type { TenureKind } from "../kernel/tenure-rules.ts";

export type FinancialPeriod = { financialYear: number; financialMonth: number; periodNo: number };

const DAY_MS = 86_400_000;

/**
 * UK council financial year: it starts on 1 April and is named by the year it starts in (2025 for
 * 2025/26); month 1 is April; the period is the rent week counted from 1 April (1 to 53).
 */
export function financialPeriodOf(isoDate: string): FinancialPeriod {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  const month = date.getUTCMonth();
  const financialYear = month >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const aprilFirst = Date.UTC(financialYear, 3, 1);
  return {
    financialYear,
    financialMonth: ((month + 9) % 12) + 1,
    periodNo: Math.floor((date.getTime() - aprilFirst) / DAY_MS / 7) + 1,
  };
}

/** Only the last 2 digits of a bank account are ever stored or shown: ******78. */
export function maskBankAccountNumber(accountNumber: string): string {
  return `******${accountNumber.slice(-2)}`;
}

export function maskSortCode(sortCode: string): string {
  return `**-**-${sortCode.slice(-2)}`;
}

/** The fund a tenure's money belongs to: the housing revenue account, leaseholder service charges or the general fund. */
export function fundForTenureKind(kind: TenureKind): string {
  if (kind === "Leasehold" || kind === "Freehold") return "LSC";
  if (kind === "Licence") return "GF";
  return "HRA";
}

/** Pounds to whole pence; amounts are added up in pence so that no float error creeps in. */
export function toPence(pounds: number): number {
  return Math.round(pounds * 100);
}

/** Whole pence as the decimal text PostgreSQL stores exactly: -1234 → "-12.34". */
export function penceToDecimal(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** How each type of transaction fills the paid, charged and housing benefit columns. */
export function amountColumns(type: string, amount: string) {
  return {
    paidAmount: type === "Payment" ? amount : "0",
    chargedAmount: type === "Charge" ? amount : "0",
    housingBenefitAmount: type === "HousingBenefit" ? amount : "0",
  };
}

/** A charge is in force on a day from its start date up to and including its end date. */
export function chargeInForce(charge: { startDate: string; endDate: string | null }, today: string): boolean {
  return charge.startDate <= today && (charge.endDate === null || charge.endDate >= today);
}

export function weeklyChargesByType(charges: readonly { chargeType: string; weeklyAmount: number }[]) {
  const pence = (type: string) =>
    charges.filter((c) => c.chargeType === type).reduce((sum, c) => sum + toPence(c.weeklyAmount), 0);
  const byType = {
    dwellingRent: pence("DwellingRent"),
    nonDwellingRent: pence("NonDwellingRent"),
    serviceCharges: pence("ServiceCharge"),
    rentalServiceCharges: pence("RentalServiceCharge"),
  };
  const total = Object.values(byType).reduce((a, b) => a + b, 0);
  return {
    dwellingRent: byType.dwellingRent / 100,
    nonDwellingRent: byType.nonDwellingRent / 100,
    serviceCharges: byType.serviceCharges / 100,
    rentalServiceCharges: byType.rentalServiceCharges / 100,
    total: total / 100,
  };
}

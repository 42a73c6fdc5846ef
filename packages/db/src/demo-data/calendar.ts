// Dates are handled as whole UTC day numbers (days since 1970-01-01) while generating, and turned
// into Date objects (UTC midnight, as PostgreSQL `date` columns read back) only when rows are built.

const DAY_MS = 86_400_000;

export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

export function dayFromParts(year: number, monthIndex: number, day: number): number {
  return Math.floor(Date.UTC(year, monthIndex, day) / DAY_MS);
}

const dateCache = new Map<number, Date>();

/** A Date at UTC midnight of the day; cached, so treat it as read-only. */
export function dateOf(day: number): Date {
  let date = dateCache.get(day);
  if (!date) {
    date = new Date(day * DAY_MS);
    if (dateCache.size > 50_000) dateCache.clear();
    dateCache.set(day, date);
  }
  return date;
}

/** A timestamp during the working day, for createdAt-style columns. */
export function timestampOf(day: number, minuteOfDay: number): Date {
  return new Date(day * DAY_MS + minuteOfDay * 60_000);
}

/** 1970-01-01 was a Thursday; Monday is the first day of a rent week. */
export function mondayOnOrAfter(day: number): number {
  const weekday = (day + 3) % 7; // 0 = Monday
  return weekday === 0 ? day : day + (7 - weekday);
}

export function yearsBefore(day: number, years: number): number {
  const date = new Date(day * DAY_MS);
  return dayFromParts(date.getUTCFullYear() - years, date.getUTCMonth(), date.getUTCDate());
}

const periodCache = new Map<number, FinancialPeriod>();

export type FinancialPeriod = { financialYear: number; financialMonth: number; periodNo: number };

/**
 * UK council financial year: starts 1 April; `financialYear` is the year it starts in (2025 for
 * 2025/26), `financialMonth` 1 = April … 12 = March, `periodNo` the rent week 1–53 counted from 1 April.
 */
export function financialPeriodOf(day: number): FinancialPeriod {
  const cached = periodCache.get(day);
  if (cached) return cached;
  const date = new Date(day * DAY_MS);
  const month = date.getUTCMonth();
  const financialYear = month >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const aprilFirst = dayFromParts(financialYear, 3, 1);
  const period = {
    financialYear,
    financialMonth: ((month + 9) % 12) + 1,
    periodNo: Math.floor((day - aprilFirst) / 7) + 1,
  };
  periodCache.set(day, period);
  return period;
}

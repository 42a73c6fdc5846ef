import { alertIsCurrent } from "../../kernel/alert-currency.ts";

/** A cautionary alert's dates as the projections read them: yyyy-MM-dd, as the API speaks them. */
export type AlertDates = { startDate: string; endDate: string | null };

/** Whether any of a record's alerts is current today (see alertIsCurrent). */
export function hasCurrentAlert(alerts: readonly AlertDates[], today: string): boolean {
  return alerts.some((alert) => alertIsCurrent(alert.startDate, alert.endDate, today));
}

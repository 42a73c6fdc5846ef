import { toIsoDate, toIsoDateOrNull } from "./calendar-date.ts";

/**
 * A cautionary alert is current from its start date until the day before its end date: the end
 * date is the day it stops applying, so an alert ended today is no longer current today.
 */
export function alertIsCurrent(startDate: string, endDate: string | null, today: string): boolean {
  return startDate <= today && (endDate === null || endDate > today);
}

/** An alert has ended once its end date has come. */
export function alertHasEnded(endDate: string | null, today: string): boolean {
  return endDate !== null && endDate <= today;
}

/** Whether any of a record's alerts, as stored (dates at midnight UTC), is current today. */
export function hasCurrentAlert(alerts: readonly { startDate: Date; endDate: Date | null }[], today: string): boolean {
  return alerts.some((alert) => alertIsCurrent(toIsoDate(alert.startDate), toIsoDateOrNull(alert.endDate), today));
}

import { cautionaryAlertTypes, type TAlertTarget, type TCautionaryAlert } from "@housing/schemas/cautionary-alert";
import { parseActorStamp } from "../kernel/actor-stamp.ts";
import { alertIsCurrent } from "../kernel/alert-currency.ts";
import { toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { CautionaryAlertRow } from "./cautionary-alert.repository.ts";

/** The alert type in words; a code from before the list (or from another system) shows as itself. */
export function alertTypeLabel(code: string): string {
  return Object.hasOwn(cautionaryAlertTypes, code)
    ? cautionaryAlertTypes[code as keyof typeof cautionaryAlertTypes]
    : code;
}

export function targetOf(row: Pick<CautionaryAlertRow, "personId" | "tenureId" | "assetId">): TAlertTarget {
  if (row.personId) return { targetType: "person", targetId: row.personId };
  if (row.tenureId) return { targetType: "tenure", targetId: row.tenureId };
  if (row.assetId) return { targetType: "asset", targetId: row.assetId };
  throw new Error("A cautionary alert without a target (the database's CHECK should have refused it)");
}

export function toCautionaryAlert(row: CautionaryAlertRow, today: string): TCautionaryAlert {
  const startDate = toIsoDate(row.startDate);
  const endDate = toIsoDateOrNull(row.endDate);
  return {
    id: row.id,
    ...targetOf(row),
    alertCode: row.alertCode,
    alertType: alertTypeLabel(row.alertCode),
    description: row.description,
    startDate,
    endDate,
    endReason: row.endReason,
    isCurrent: alertIsCurrent(startDate, endDate, today),
    createdAt: row.createdAt.toISOString(),
    createdBy: parseActorStamp(row.createdBy),
    endedBy: row.endedBy === null ? null : parseActorStamp(row.endedBy),
    version: row.version,
  };
}

/** Current alerts first; within each group the latest start first (the repository's order is kept). */
export function currentFirst(alerts: TCautionaryAlert[]): TCautionaryAlert[] {
  return [...alerts.filter((a) => a.isCurrent), ...alerts.filter((a) => !a.isCurrent)];
}

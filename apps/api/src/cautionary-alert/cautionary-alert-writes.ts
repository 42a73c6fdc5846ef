import type {
  TCautionaryAlert,
  TEndCautionaryAlertInput,
  TRaiseCautionaryAlertInput,
} from "@housing/schemas/cautionary-alert";
import { todayIsoDate } from "@housing/schemas/dates";
import { requireAnyRole } from "../auth/access.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { alertHasEnded } from "../kernel/alert-currency.ts";
import { AppError, invalidField } from "../kernel/app-error.ts";
import { fromIsoDate, toIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { foundAtVersion } from "../kernel/version-conflict.ts";
import { inChangeTransaction, recordCreation, updateAndRecordChange } from "../outbox/record-change.ts";
import { alertTargetExists, getCautionaryAlert } from "./cautionary-alert-reads.ts";
import { alertUpdate, findAlertById, insertAlert } from "./cautionary-alert.repository.ts";
import { alertTypeLabel, targetOf } from "./cautionary-alert-view.ts";

function mayManageAlerts(ctx: DomainContext, action: string): void {
  requireAnyRole(ctx.actor, ctx.access.cautionaryAlertRoles, ctx.logger, action);
}

/**
 * Raises an alert against one person, tenure or property, in force from its start date (today or
 * earlier: an alert records a risk already known) until its end date, if it has one.
 */
export async function raiseCautionaryAlert(
  ctx: DomainContext,
  input: TRaiseCautionaryAlertInput,
): Promise<TCautionaryAlert> {
  mayManageAlerts(ctx, "raise cautionary alerts");
  const today = todayIsoDate(ctx.clock.now());
  if (input.startDate > today) throw invalidField("startDate", "The start date must be today or in the past");
  const target = { targetType: input.targetType, targetId: input.targetId };
  if (!(await alertTargetExists(ctx.db, target))) {
    throw invalidField("targetId", `No ${input.targetType} has the id ${input.targetId}`);
  }
  const id = await inChangeTransaction(ctx, async (tx, stamp) => {
    const created = await insertAlert(tx, target, {
      alertCode: input.alertCode,
      description: input.description,
      startDate: fromIsoDate(input.startDate),
      endDate: input.endDate ? fromIsoDate(input.endDate) : null,
      ...createdStamp(stamp.by, stamp.at),
    });
    await recordCreation(tx, stamp, {
      eventType: "CautionaryAlertRaisedEvent",
      entityId: created.id,
      newData: {
        ...target,
        value: alertTypeLabel(input.alertCode),
        alertCode: input.alertCode,
        description: input.description,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
      },
    });
    return created.id;
  });
  return getCautionaryAlert(ctx, id);
}

/** Ends a current (or future-dated) alert on a day from its start date to today; an ended alert stays ended. */
export async function endCautionaryAlert(
  ctx: DomainContext,
  input: TEndCautionaryAlertInput,
): Promise<TCautionaryAlert> {
  mayManageAlerts(ctx, "end cautionary alerts");
  const today = todayIsoDate(ctx.clock.now());
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const alert = foundAtVersion("cautionary alert", input.id, await findAlertById(tx, input.id), input.version);
    const endDate = toIsoDateOrNull(alert.endDate);
    if (alertHasEnded(endDate, today)) {
      throw new AppError("Conflict", `This alert already ended on ${endDate}: an ended alert cannot be ended again`);
    }
    if (input.endDate > today) throw invalidField("endDate", "The end date must be today or in the past");
    if (input.endDate < toIsoDate(alert.startDate)) {
      throw invalidField("endDate", "The end date cannot be before the alert's start date");
    }
    const about = { ...targetOf(alert), value: alertTypeLabel(alert.alertCode) };
    await updateAndRecordChange(
      tx,
      stamp,
      alertUpdate(
        tx,
        alert.id,
        input.version,
        { endDate: fromIsoDate(input.endDate), endReason: input.endReason ?? null, endedBy: stamp.by },
        stamp,
      ),
      {
        eventType: "CautionaryAlertEndedEvent",
        entityId: alert.id,
        oldData: { ...about, endDate, endReason: alert.endReason },
        newData: { ...about, endDate: input.endDate, endReason: input.endReason ?? null },
      },
    );
  });
  return getCautionaryAlert(ctx, input.id);
}

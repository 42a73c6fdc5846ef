import type { DbClient } from "@housing/db/client";
import type { TAlertTarget, TCautionaryAlert, TCautionaryAlertList } from "@housing/schemas/cautionary-alert";
import { todayIsoDate } from "@housing/schemas/dates";
import { actorHasAnyRole } from "../auth/roles.ts";
import { assetWithIdExists } from "../asset/get-asset.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { found, notFound } from "../kernel/app-error.ts";
import type { Clock } from "../kernel/clock.ts";
import { personWithIdExists } from "../person/get-person.ts";
import { tenureWithIdExists } from "../tenure/get-tenure.ts";
import { findAlertById, findAlertsOf } from "./cautionary-alert.repository.ts";
import { currentFirst, toCautionaryAlert } from "./cautionary-alert-view.ts";

const targetExists = { person: personWithIdExists, tenure: tenureWithIdExists, asset: assetWithIdExists };

/** Whether the person, tenure or property an alert would be about has this id. */
export function alertTargetExists(db: DbClient, target: TAlertTarget): Promise<boolean> {
  return targetExists[target.targetType](db, target.targetId);
}

export async function alertTargetMustExist(deps: { db: DbClient }, target: TAlertTarget): Promise<void> {
  if (!(await alertTargetExists(deps.db, target))) throw notFound(target.targetType, target.targetId);
}

export async function getCautionaryAlert(deps: { db: DbClient; clock: Clock }, id: string): Promise<TCautionaryAlert> {
  const row = found("cautionary alert", id, await findAlertById(deps.db, id));
  return toCautionaryAlert(row, todayIsoDate(deps.clock.now()));
}

/** A target's alerts, current first, and whether the caller may raise and end them. */
export async function listCautionaryAlerts(
  ctx: Pick<DomainContext, "db" | "clock" | "actor" | "access">,
  target: TAlertTarget,
): Promise<TCautionaryAlertList> {
  await alertTargetMustExist(ctx, target);
  const today = todayIsoDate(ctx.clock.now());
  const rows = await findAlertsOf(ctx.db, target);
  return {
    results: currentFirst(rows.map((row) => toCautionaryAlert(row, today))),
    mayRaiseAndEnd: actorHasAnyRole(ctx.actor, ctx.access.cautionaryAlertRoles),
  };
}

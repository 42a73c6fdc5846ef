import type { TActivityInput, TActivityPage } from "@housing/schemas/person";
import type { DomainContext } from "../common/domain-context.ts";
import { notFound } from "../kernel/app-error.ts";
import { activityOf } from "../outbox/activity.ts";
import { assetExists, findCautionaryAlertIdsOn } from "./asset.repository.ts";

/** Who changed what about a property and when, newest first: the property record and its cautionary alerts. */
export async function assetActivity(ctx: Pick<DomainContext, "db">, input: TActivityInput): Promise<TActivityPage> {
  if (!(await assetExists(ctx.db, input.id))) throw notFound("asset", input.id);
  const alertIds = await findCautionaryAlertIdsOn(ctx.db, input.id);
  return activityOf(ctx.db, [input.id, ...alertIds], input);
}

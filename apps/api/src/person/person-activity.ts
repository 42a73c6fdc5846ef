import type { TActivityInput, TActivityPage } from "@housing/schemas/person";
import type { DomainContext } from "../common/domain-context.ts";
import { visibleContactDetailIdsOf } from "../contact-details/contact-details-reads.ts";
import { activityOf } from "../outbox/activity.ts";
import { personMustExist } from "./get-person.ts";
import { findCautionaryAlertIdsOf } from "./person-activity.repository.ts";

/**
 * Who changed what about a person and when, newest first: the person record, the contact
 * details of theirs the caller may see (other areas' records stay invisible here too) and the
 * cautionary alerts raised against them.
 */
export async function personActivity(
  ctx: Pick<DomainContext, "db" | "actor" | "clock">,
  input: TActivityInput,
): Promise<TActivityPage> {
  await personMustExist(ctx, input.id);
  const [contactIds, alertIds] = await Promise.all([
    visibleContactDetailIdsOf(ctx, input.id),
    findCautionaryAlertIdsOf(ctx.db, input.id),
  ]);
  return activityOf(ctx.db, [input.id, ...contactIds, ...alertIds], input);
}

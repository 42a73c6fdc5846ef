import type { TActivity } from "@housing/schemas/person";
import type { DomainContext } from "../common/domain-context.ts";
import { visibleContactDetailIdsOf } from "../contact-details/contact-details-reads.ts";
import { activityOf } from "../outbox/activity.ts";
import { personMustExist } from "./get-person.ts";

/**
 * Who changed what about a person and when, newest first: the person record and the contact
 * details of theirs the caller may see (other areas' records stay invisible here too).
 */
export async function personActivity(
  ctx: Pick<DomainContext, "db" | "actor" | "clock">,
  input: { id: string; page: number; pageSize: number },
): Promise<{ results: TActivity[]; total: number }> {
  await personMustExist(ctx, input.id);
  const contactIds = await visibleContactDetailIdsOf(ctx, input.id);
  return activityOf(ctx.db, [input.id, ...contactIds], input);
}

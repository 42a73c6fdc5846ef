import type { TActivityInput, TActivityPage } from "@housing/schemas/person";
import type { DomainContext } from "../common/domain-context.ts";
import { notFound } from "../kernel/app-error.ts";
import { personFullName } from "../kernel/person-name.ts";
import { activityOf } from "../outbox/activity.ts";
import { tenureWithIdExists } from "./get-tenure.ts";
import { findCautionaryAlertIdsOnTenure, findPersonNames } from "./tenure.repository.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who changed what about a tenure and when, newest first: the tenure itself, its household (each
 * event's subject is the person's name) and the cautionary alerts raised against it.
 */
export async function tenureActivity(ctx: Pick<DomainContext, "db">, input: TActivityInput): Promise<TActivityPage> {
  if (!(await tenureWithIdExists(ctx.db, input.id))) throw notFound("tenure", input.id);
  const alertIds = await findCautionaryAlertIdsOnTenure(ctx.db, input.id);
  const page = await activityOf(
    ctx.db,
    [input.id, ...alertIds],
    input,
    (before, after) => after.personId ?? before.personId ?? after.value ?? before.value,
  );
  const personIds = page.results.flatMap((event) =>
    event.subject !== null && uuid.test(event.subject) ? [event.subject] : [],
  );
  const names = new Map((await findPersonNames(ctx.db, personIds)).map((p) => [p.id, personFullName(p)]));
  return {
    total: page.total,
    results: page.results.map((event) => ({ ...event, subject: names.get(event.subject ?? "") ?? event.subject })),
  };
}

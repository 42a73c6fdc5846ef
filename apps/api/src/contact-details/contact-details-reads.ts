import type { TContactDetail } from "@housing/schemas/contact-details";
import { todayIsoDate } from "@housing/schemas/dates";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { found } from "../kernel/app-error.ts";
import {
  filterVisibleActiveContactDetailIds,
  findVisibleContactDetail,
  listVisibleContactDetails,
  visibleContactDetailBatch,
  visibleContactDetailIds,
} from "./contact-details.repository.ts";
import type { KeysetBatchRow, KeysetWindow } from "../kernel/keyset-window.ts";
import { toContactDetail } from "./contact-detail-view.ts";

type ReadContext = Pick<DomainContext, "db" | "actor" | "clock">;

export function todayFor(ctx: Pick<DomainContext, "clock">) {
  const today = todayIsoDate(ctx.clock.now());
  return { today, todayDate: fromIsoDate(today) };
}

/** One record the caller may see; anything else is "not found", so its existence does not leak. */
export async function getContactDetail(ctx: ReadContext, id: string): Promise<TContactDetail> {
  const { today, todayDate } = todayFor(ctx);
  const row = found(
    "contact detail",
    id,
    await findVisibleContactDetail(ctx.db, id, ctx.actor.serviceAreas, todayDate),
  );
  return toContactDetail(row, ctx.actor.serviceAreas, today);
}

export async function listContactDetails(
  ctx: ReadContext,
  query: { targetId: string; includeHistoric: boolean },
): Promise<{ results: TContactDetail[] }> {
  const { today, todayDate } = todayFor(ctx);
  const rows = await listVisibleContactDetails(
    ctx.db,
    query.targetId,
    ctx.actor.serviceAreas,
    todayDate,
    query.includeHistoric,
  );
  return { results: rows.map((row) => toContactDetail(row, ctx.actor.serviceAreas, today)) };
}

/** A keyset batch of every contact detail the caller may see today (own area or shared by consent), for reporting. */
export function visibleContactDetailsAfter(ctx: ReadContext, window: KeysetWindow) {
  return visibleContactDetailBatch(ctx.db, ctx.actor.serviceAreas, todayFor(ctx).todayDate, window);
}
export type ContactDetailExtractRow = KeysetBatchRow<typeof visibleContactDetailsAfter>;

/** The ids of a target's contact details the caller may see today. */
export function visibleContactDetailIdsOf(ctx: ReadContext, targetId: string): Promise<string[]> {
  return visibleContactDetailIds(ctx.db, targetId, ctx.actor.serviceAreas, todayFor(ctx).todayDate);
}

/**
 * Of these contact details, the active ones these service areas may see on `today` (their own, or
 * shared with them by a consent in force): the rule search applies to the numbers and emails it matches.
 */
export function visibleActiveContactDetailIds(
  db: DomainContext["db"],
  ids: readonly string[],
  serviceAreas: readonly string[],
  today: string,
): Promise<string[]> {
  return filterVisibleActiveContactDetailIds(db, ids, serviceAreas, fromIsoDate(today));
}

import type { TServiceArea } from "@housing/schemas/auth";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError } from "../kernel/app-error.ts";

/** Only the area that owns a record, or is recording it, may change it. */
export function assertOwnsArea(ctx: Pick<DomainContext, "actor" | "logger">, area: string, action: string): void {
  if (ctx.actor.serviceAreas.includes(area as TServiceArea)) return;
  const reason = `Only ${area} staff may ${action} ${area} records`;
  ctx.logger.warn({ actorId: ctx.actor.id, area }, `Access refused: ${reason}`);
  throw new AppError("Forbidden", reason, { reason });
}

/** Event payloads leave out what was not given. */
export function contactEventData<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

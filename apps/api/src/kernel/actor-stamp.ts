import { type TActorStamp, ZActorStamp } from "@housing/schemas/person";
import type { TActor } from "@housing/schemas/auth";

/** Who did it, as stored in the createdBy / modifiedBy / user JSON columns. */
export function actorStamp(actor: TActor): TActorStamp {
  return { id: actor.id, name: actor.name, email: actor.email };
}

/** The stamp columns of a new row: created, and so last modified, by this actor at this moment. */
export function createdStamp(by: TActorStamp, at: Date) {
  return { createdAt: at, createdBy: by, modifiedAt: at, modifiedBy: by };
}

export function parseActorStamp(value: unknown): TActorStamp {
  return ZActorStamp.parse(value);
}

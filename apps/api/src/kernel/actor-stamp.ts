import { type TActorStamp, ZActorStamp } from "@housing/schemas/person";
import type { TActor } from "@housing/schemas/auth";

/** Who did it, as stored in the createdBy / modifiedBy / user JSON columns. */
export function actorStamp(actor: TActor): TActorStamp {
  return { id: actor.id, name: actor.name, email: actor.email };
}

export function parseActorStamp(value: unknown): TActorStamp {
  return ZActorStamp.parse(value);
}

import { type TActorStamp, ZActorStamp } from "@housing/schemas/person";
import type { Actor } from "../auth/actor.ts";

/** Who did it, as stored in the createdBy / modifiedBy / user JSON columns. */
export function actorStamp(actor: Actor): TActorStamp {
  return { id: actor.id, name: actor.name, email: actor.email };
}

export function parseActorStamp(value: unknown): TActorStamp {
  return ZActorStamp.parse(value);
}

import type { Db } from "@housing/db/client";
import type { Actor } from "../auth/actor.ts";
import type { Clock } from "../context.ts";

/** What a domain function needs to do a write on someone's behalf. */
export type DomainContext = {
  db: Db;
  actor: Actor;
  correlationId: string;
  clock: Clock;
};

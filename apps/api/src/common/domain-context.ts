import type { DbClient } from "@housing/db/client";
import type { Actor } from "../auth/actor.ts";
import type { AccessPolicy } from "../auth/access-policy.ts";
import type { Clock } from "../kernel/clock.ts";
import type { Logger } from "../kernel/logger.ts";

/** What a domain function needs to do a write on someone's behalf. */
export type DomainContext = {
  db: DbClient;
  actor: Actor;
  correlationId: string;
  clock: Clock;
  access: AccessPolicy;
  logger: Logger;
};

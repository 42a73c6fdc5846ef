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
  /**
   * How a person created here is numbered: from the person counter (the default), or, for a bulk
   * import, provisionally (-1, -2, … in the order made), swapped for the counter's next numbers just
   * before the import commits (nextPersonRefs, assignProvisionalPersonRefs). An import then holds the counter, which every create needs, only
   * from there to its commit. Another import's provisional numbers are never committed, so never
   * seen; its uncommitted -1 makes a second import wait at its first person.
   */
  personRefs?: "provisional";
};

/**
 * A domain's create as the API offers it: `write` makes the record and answers its id only (so that
 * a bulk import need not read each record back), then `read` answers it as the API shows it.
 */
export function createThenRead<I, O>(
  write: (ctx: DomainContext, input: I) => Promise<string>,
  read: (ctx: DomainContext, id: string) => Promise<O>,
): (ctx: DomainContext, input: I) => Promise<O> {
  return async (ctx, input) => read(ctx, await write(ctx, input));
}

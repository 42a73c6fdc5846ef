import type { TServiceArea } from "@housing/schemas/auth";
import type { DomainContext } from "../common/domain-context.ts";
import { inTransaction } from "../common/in-transaction.ts";
import { actorStamp } from "../kernel/actor-stamp.ts";
import { notFound } from "../kernel/app-error.ts";
import { findContactPreferences, lockContactTarget, saveContactPreference } from "./contact-details.repository.ts";
import { assertOwnsArea } from "./contact-details-rules.ts";

type Method = "phone" | "email" | "post";

/** How the person prefers each of the caller's areas to contact them. */
export async function getPreferredContactMethods(ctx: Pick<DomainContext, "db" | "actor">, personId: string) {
  const rows = await findContactPreferences(ctx.db, personId, ctx.actor.serviceAreas);
  return rows.map((row) => ({
    serviceArea: row.serviceArea as TServiceArea,
    method: row.method,
    modifiedAt: row.modifiedAt.toISOString(),
  }));
}

/** Sets (or, with null, clears) the person's preferred method for one of the caller's areas. */
export async function setPreferredContactMethod(
  ctx: DomainContext,
  input: { personId: string; serviceArea: TServiceArea; method: Method | null },
) {
  assertOwnsArea(ctx, input.serviceArea, "set the preferred contact method for");
  await inTransaction(ctx.db, async (tx) => {
    if (!(await lockContactTarget(tx, "person", input.personId))) {
      throw notFound("person", input.personId);
    }
    await saveContactPreference(
      tx,
      { personId: input.personId, serviceArea: input.serviceArea },
      input.method,
      actorStamp(ctx.actor),
      ctx.clock.now(),
    );
  });
  return getPreferredContactMethods(ctx, input.personId);
}

import type { TEndTenureInput, TTenure, TTenureTypeList } from "@housing/schemas/tenure";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError } from "../kernel/app-error.ts";
import { getTenure } from "./get-tenure.ts";
import { listTenureTypes } from "./tenure.repository.ts";
import { updateTenure } from "./tenure-writes.ts";

/**
 * Ends an active tenure on a day no earlier than its start, for a reason; the version read guards
 * against a change made meanwhile. An ended tenure is not ended again.
 */
export async function endTenure(ctx: DomainContext, input: TEndTenureInput): Promise<TTenure> {
  const tenure = await getTenure(ctx, input.id);
  if (!tenure.isActive) throw new AppError("Conflict", "This tenure has already ended");
  const { endOfTenureDate, terminationReason } = input;
  return updateTenure(ctx, { id: input.id, version: input.version, data: { endOfTenureDate, terminationReason } }, "");
}

/** The tenure types a new tenure may have, by description. */
export async function tenureTypes(ctx: Pick<DomainContext, "db">): Promise<TTenureTypeList> {
  return { results: await listTenureTypes(ctx.db) };
}

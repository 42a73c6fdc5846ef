import type { TServiceArea } from "@housing/schemas/auth";
import type { TServiceAreaData } from "@housing/schemas/person-sensitive";
import { actorStamp, parseActorStamp } from "../kernel/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { inTransaction } from "../common/in-transaction.ts";
import { expectVersion, updateIfVersion } from "../kernel/version-conflict.ts";
import { AppError } from "../kernel/app-error.ts";
import { personMustExist } from "./get-person.ts";
import {
  findServiceAreaData,
  recordSensitiveDataAccess,
  saveServiceAreaDataIfVersion,
} from "./sensitive-data.repository.ts";

const dataset = "service-area";

function toServiceAreaData(row: Awaited<ReturnType<typeof findServiceAreaData>>[number]): TServiceAreaData {
  return {
    personId: row.personId,
    serviceArea: row.serviceArea as TServiceArea,
    data: row.data as TServiceAreaData["data"],
    version: row.version,
    modifiedAt: row.modifiedAt.toISOString(),
    modifiedBy: parseActorStamp(row.modifiedBy),
  };
}

/** The data the caller's own service areas hold about the person; other areas' data never leaves. */
export async function getServiceAreaData(ctx: DomainContext, personId: string): Promise<TServiceAreaData[]> {
  await personMustExist(ctx, personId);
  const rows = await findServiceAreaData(ctx.db, personId, ctx.actor.serviceAreas);
  if (rows.length > 0) {
    await recordSensitiveDataAccess(ctx.db, {
      personId,
      dataset,
      action: "read",
      actor: actorStamp(ctx.actor),
      correlationId: ctx.correlationId,
      at: ctx.clock.now(),
    });
  }
  return rows.map(toServiceAreaData);
}

export async function saveServiceAreaData(
  ctx: DomainContext,
  input: { personId: string; serviceArea: TServiceArea; version: number; data: TServiceAreaData["data"] },
): Promise<TServiceAreaData> {
  if (!ctx.actor.serviceAreas.includes(input.serviceArea)) {
    const reason = `Only ${input.serviceArea} staff may record ${input.serviceArea} data`;
    ctx.logger.warn({ actorId: ctx.actor.id, serviceArea: input.serviceArea }, `Access refused: ${reason}`);
    throw new AppError("Forbidden", reason, { reason });
  }
  await personMustExist(ctx, input.personId);
  const at = ctx.clock.now();
  const by = actorStamp(ctx.actor);
  await inTransaction(ctx.db, async (tx) => {
    const [current] = await findServiceAreaData(tx, input.personId, [input.serviceArea]);
    const entity = `${input.serviceArea} data`;
    expectVersion(entity, current?.version ?? 0, input.version);
    const record = { personId: input.personId, serviceArea: input.serviceArea, data: input.data };
    await updateIfVersion(entity, input.version, {
      write: () => saveServiceAreaDataIfVersion(tx, record, input.version, by, at),
      currentVersion: async () =>
        (await findServiceAreaData(tx, input.personId, [input.serviceArea]))[0]?.version ?? null,
    });
    await recordSensitiveDataAccess(tx, {
      personId: input.personId,
      dataset,
      action: "update",
      actor: by,
      correlationId: ctx.correlationId,
      at,
    });
  });
  const [saved] = await findServiceAreaData(ctx.db, input.personId, [input.serviceArea]);
  if (!saved) throw new Error("Saved service-area data could not be read back");
  return toServiceAreaData(saved);
}

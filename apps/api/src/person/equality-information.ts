import type { TEqualityChanges, TEqualityInformation } from "@housing/schemas/person-sensitive";
import { requireAnyRole } from "../auth/access.ts";
import { actorStamp, parseActorStamp } from "../kernel/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { inTransaction } from "../common/in-transaction.ts";
import { expectVersion, updateIfVersion } from "../kernel/version-conflict.ts";
import { AppError } from "../kernel/app-error.ts";
import { personMustExist } from "./get-person.ts";
import {
  deleteIdentification,
  findEqualityData,
  findIdentifications,
  insertIdentification,
  recordSensitiveDataAccess,
  saveEqualityDataIfVersion,
} from "./sensitive-data.repository.ts";

const dataset = "equality";

/** Only the roles the council configured may touch equality and identity data; each access is audited. */
async function authorise(ctx: DomainContext, personId: string, action: "read" | "update"): Promise<void> {
  requireAnyRole(ctx.actor, ctx.access.equalityDataRoles, ctx.logger, `${action} equality information`);
  await personMustExist(ctx, personId);
  await recordSensitiveDataAccess(ctx.db, {
    personId,
    dataset,
    action,
    actor: actorStamp(ctx.actor),
    correlationId: ctx.correlationId,
    at: ctx.clock.now(),
  });
}

async function readEqualityInformation(ctx: DomainContext, personId: string): Promise<TEqualityInformation> {
  const [equality, identifications] = await Promise.all([
    findEqualityData(ctx.db, personId),
    findIdentifications(ctx.db, personId),
  ]);
  const languages = Array.isArray(equality?.languages) ? equality.languages : [];
  return {
    personId,
    gender: equality?.gender ?? null,
    nationality: equality?.nationality ?? null,
    ethnicity: equality?.ethnicity ?? null,
    languages: languages as TEqualityInformation["languages"],
    identifications: identifications.map((identification) => ({
      id: identification.id,
      identificationType: identification.identificationType,
      value: identification.value,
      isOriginalDocumentSeen: identification.isOriginalDocumentSeen,
      linkToDocument: identification.linkToDocument,
      createdAt: identification.createdAt.toISOString(),
      createdBy: parseActorStamp(identification.createdBy),
    })),
    version: equality?.version ?? 0,
    modifiedAt: equality?.modifiedAt.toISOString() ?? null,
    modifiedBy: equality ? parseActorStamp(equality.modifiedBy) : null,
  };
}

export async function getEqualityInformation(ctx: DomainContext, personId: string): Promise<TEqualityInformation> {
  await authorise(ctx, personId, "read");
  return readEqualityInformation(ctx, personId);
}

export async function updateEqualityInformation(
  ctx: DomainContext,
  input: { personId: string; version: number; data: TEqualityChanges },
): Promise<TEqualityInformation> {
  await authorise(ctx, input.personId, "update");
  await inTransaction(ctx.db, async (tx) => {
    const current = await findEqualityData(tx, input.personId);
    expectVersion("equality information", current?.version ?? 0, input.version);
    await updateIfVersion("equality information", input.version, {
      write: () =>
        saveEqualityDataIfVersion(
          tx,
          input.personId,
          input.version,
          input.data,
          actorStamp(ctx.actor),
          ctx.clock.now(),
        ),
      currentVersion: async () => (await findEqualityData(tx, input.personId))?.version ?? null,
    });
  });
  return readEqualityInformation(ctx, input.personId);
}

export async function addIdentification(
  ctx: DomainContext,
  input: {
    personId: string;
    identificationType: TEqualityInformation["identifications"][number]["identificationType"];
    value: string;
    isOriginalDocumentSeen: boolean;
    linkToDocument?: string | undefined;
  },
): Promise<TEqualityInformation> {
  await authorise(ctx, input.personId, "update");
  await insertIdentification(ctx.db, {
    personId: input.personId,
    identificationType: input.identificationType,
    value: input.value,
    isOriginalDocumentSeen: input.isOriginalDocumentSeen,
    linkToDocument: input.linkToDocument ?? null,
    createdAt: ctx.clock.now(),
    createdBy: actorStamp(ctx.actor),
  });
  return readEqualityInformation(ctx, input.personId);
}

export async function removeIdentification(
  ctx: DomainContext,
  input: { personId: string; identificationId: string },
): Promise<TEqualityInformation> {
  await authorise(ctx, input.personId, "update");
  if (!(await deleteIdentification(ctx.db, input.personId, input.identificationId))) {
    throw new AppError("NotFound", "That identification is not recorded against this person");
  }
  return readEqualityInformation(ctx, input.personId);
}

import type { TTenure } from "@housing/schemas/tenure";
import type { DomainContext } from "../common/domain-context.ts";
import { AppError, found, invalidField } from "../kernel/app-error.ts";
import type { DbClient } from "@housing/db/client";
import { type ChangeStamp, inChangeTransaction, recordOwnedChange } from "../outbox/record-change.ts";
import { refreshPersonTypes } from "../person/derive-person-types.ts";
import { personWithIdExists } from "../person/get-person.ts";
import { getTenure, personTenureTypesOf } from "./get-tenure.ts";
import {
  deleteMembership,
  findMembership,
  lockTenureForMembership,
  markHouseholdChanged,
  upsertMembership,
} from "./tenure.repository.ts";
import { type TenureKind, personTenureTypeFor } from "../kernel/tenure-rules.ts";

type THouseholdMemberInput = { tenureId: string; personId: string; isResponsible: boolean };

/** Adds a household member (see writeHouseholdMember) and answers the tenure as the API shows it. */
export async function addHouseholdMember(ctx: DomainContext, input: THouseholdMemberInput): Promise<TTenure> {
  await writeHouseholdMember(ctx, input);
  return getTenure(ctx, input.tenureId);
}

/**
 * Adds a person to a household (or changes whether they are responsible); their person types
 * follow in the same transaction (a responsible leaseholder is a Leaseholder, and so on).
 */
export async function writeHouseholdMember(ctx: DomainContext, input: THouseholdMemberInput): Promise<void> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const tenure = found("tenure", input.tenureId, await lockTenureForMembership(tx, input.tenureId));
    await putHouseholdMember(tx, stamp, { version: tenure.version, kind: tenure.tenureType.kind }, input);
  });
}

/** The membership write, its event and the person's types, in the caller's transaction (tenure locked or new). */
export async function putHouseholdMember(
  tx: DbClient,
  stamp: ChangeStamp,
  tenure: { version: number; kind: TenureKind },
  input: THouseholdMemberInput,
): Promise<void> {
  if (!(await personWithIdExists(tx, input.personId))) throw invalidField("personId", "No person has this id");
  const previous = await findMembership(tx, input.tenureId, input.personId);
  const personTenureType = personTenureTypeFor(tenure.kind, input.isResponsible);
  await upsertMembership(tx, { ...input, personTenureType }, stamp.at);
  const newData = { personId: input.personId, isResponsible: input.isResponsible, personTenureType };
  await recordOwnedChange(
    tx,
    stamp,
    markHouseholdChanged,
    { id: input.tenureId, version: tenure.version },
    previous
      ? {
          eventType: "HouseholdMemberUpdatedEvent",
          oldData: { personId: previous.personId, isResponsible: previous.isResponsible },
          newData,
        }
      : { eventType: "HouseholdMemberAddedEvent", oldData: null, newData },
  );
  await refreshPersonTypes(tx, input.personId, stamp, personTenureTypesOf);
}

export async function removeHouseholdMember(
  ctx: DomainContext,
  input: { tenureId: string; personId: string },
): Promise<TTenure> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const tenure = found("tenure", input.tenureId, await lockTenureForMembership(tx, input.tenureId));
    const membership = await findMembership(tx, input.tenureId, input.personId);
    if (!membership || !(await deleteMembership(tx, input.tenureId, input.personId))) {
      throw new AppError("NotFound", "That person is not a member of this household");
    }
    await recordOwnedChange(tx, stamp, markHouseholdChanged, tenure, {
      eventType: "HouseholdMemberRemovedEvent",
      oldData: { personId: input.personId, isResponsible: membership.isResponsible },
      newData: null,
    });
    await refreshPersonTypes(tx, input.personId, stamp, personTenureTypesOf);
  });
  return getTenure(ctx, input.tenureId);
}

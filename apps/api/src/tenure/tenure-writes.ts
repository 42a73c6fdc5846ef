import type { DbClient } from "@housing/db/client";
import type { TCreateTenureInput, TTenure, TTenureChanges } from "@housing/schemas/tenure";
import { fromIsoDate, toIsoDateOrNull } from "../kernel/calendar-date.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { type DomainContext, createThenRead } from "../common/domain-context.ts";
import { foundAtVersion } from "../kernel/version-conflict.ts";
import { conflictingField, foundForField, invalidField } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation, updateAndRecordChange } from "../outbox/record-change.ts";
import { personWithIdExists } from "../person/get-person.ts";
import { getTenure } from "./get-tenure.ts";
import { putHouseholdMember } from "./household-members.ts";
import {
  findOverlappingTenure,
  findTenureById,
  findTenureType,
  lockAssetForTenures,
  insertTenure,
  tenureWithPaymentReferenceExists,
  tenureUpdate,
} from "./tenure.repository.ts";

/**
 * A tenure of a known type on a known asset, with a payment reference no other tenure has, on a
 * home no other tenure holds over the same days (the home is locked first, so two officers letting
 * it at once cannot both succeed), with its first household. Answers the id only.
 */
export async function writeTenure(ctx: DomainContext, input: TCreateTenureInput): Promise<string> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const tenureType = foundForField(
      "tenureTypeCode",
      "No tenure type has this code",
      await findTenureType(tx, input.tenureTypeCode),
    );
    if (!(await lockAssetForTenures(tx, input.assetId))) throw invalidField("assetId", "No asset has this id");
    if (await tenureWithPaymentReferenceExists(tx, input.paymentReference)) {
      const message = `Another tenure already has the payment reference ${input.paymentReference}`;
      throw conflictingField("paymentReference", message);
    }
    const start = fromIsoDate(input.startOfTenureDate);
    const end = input.endOfTenureDate ? fromIsoDate(input.endOfTenureDate) : null;
    await refuseOverlap(tx, { assetId: input.assetId, start, end }, "assetId");
    const { householdMembers = [], ...tenure } = input;
    const created = await insertTenure(tx, {
      ...(tenure.id ? { id: tenure.id } : {}),
      paymentReference: tenure.paymentReference,
      tenureTypeCode: tenure.tenureTypeCode,
      assetId: tenure.assetId,
      startOfTenureDate: start,
      endOfTenureDate: end,
      ...createdStamp(by, at),
    });
    await recordCreation(tx, stamp, {
      eventType: "TenureCreatedEvent",
      entityId: created.id,
      newData: { ...tenure, id: created.id },
    });
    for (const [index, member] of householdMembers.entries()) {
      if (!(await personWithIdExists(tx, member.personId))) {
        throw invalidField(`householdMembers.${index}.personId`, "No person has this id");
      }
      await putHouseholdMember(tx, stamp, { version: 1, kind: tenureType.kind }, { ...member, tenureId: created.id });
    }
    return created.id;
  });
}

/** Creates a tenure (see writeTenure) and answers it as the API shows it. */
export const createTenure = createThenRead(writeTenure, getTenure);

/** A Conflict naming `field` when another tenure holds the home on any day from start to end (open-ended: null). */
async function refuseOverlap(
  tx: DbClient,
  dates: { assetId: string; start: Date; end: Date | null; exceptId?: string },
  field: string,
): Promise<void> {
  const overlapping = await findOverlappingTenure(tx, dates);
  if (overlapping !== null) {
    throw conflictingField(field, `This home already has a tenure over these dates (${overlapping})`);
  }
}

/** Changes type, dates or termination; a stale version is a conflict and nothing is written. */
export async function updateTenure(
  ctx: DomainContext,
  input: { id: string; version: number; data: TTenureChanges },
  fieldPrefix = "data.",
): Promise<TTenure> {
  await inChangeTransaction(ctx, async (tx, stamp) => {
    const current = foundAtVersion("tenure", input.id, await findTenureById(tx, input.id), input.version);
    const { data } = input;
    if (data.tenureTypeCode && !(await findTenureType(tx, data.tenureTypeCode))) {
      throw invalidField(`${fieldPrefix}tenureTypeCode`, "No tenure type has this code");
    }
    const before = {
      tenureTypeCode: current.tenureTypeCode,
      startOfTenureDate: toIsoDateOrNull(current.startOfTenureDate),
      endOfTenureDate: toIsoDateOrNull(current.endOfTenureDate),
      terminationReason: current.terminationReason,
    };
    const changed = (Object.keys(data) as (keyof typeof before)[]).filter(
      (field) => (data[field] ?? null) !== before[field],
    );
    if (changed.length === 0) return;
    const start = data.startOfTenureDate ?? before.startOfTenureDate;
    const end = data.endOfTenureDate === undefined ? before.endOfTenureDate : data.endOfTenureDate;
    if (start && end && end < start)
      throw invalidField(`${fieldPrefix}endOfTenureDate`, "The end date cannot be before the start date");
    if (start && (changed.includes("startOfTenureDate") || changed.includes("endOfTenureDate"))) {
      await lockAssetForTenures(tx, current.assetId);
      const dates = { start: fromIsoDate(start), end: end ? fromIsoDate(end) : null };
      await refuseOverlap(
        tx,
        { assetId: current.assetId, ...dates, exceptId: input.id },
        `${fieldPrefix}endOfTenureDate`,
      );
    }
    const changes = {
      ...(data.tenureTypeCode ? { tenureTypeCode: data.tenureTypeCode } : {}),
      ...(data.startOfTenureDate ? { startOfTenureDate: fromIsoDate(data.startOfTenureDate) } : {}),
      ...(data.endOfTenureDate !== undefined
        ? { endOfTenureDate: data.endOfTenureDate ? fromIsoDate(data.endOfTenureDate) : null }
        : {}),
      ...(data.terminationReason !== undefined
        ? { terminationReason: data.terminationReason ?? null, isTerminated: Boolean(data.terminationReason) }
        : {}),
    };
    await updateAndRecordChange(tx, stamp, tenureUpdate(tx, input.id, input.version, changes, stamp), {
      eventType: "TenureUpdatedEvent",
      entityId: input.id,
      oldData: Object.fromEntries(changed.map((field) => [field, before[field]])),
      newData: Object.fromEntries(changed.map((field) => [field, data[field] ?? null])),
    });
  });
  return getTenure(ctx, input.id);
}

import type { TAddChargeInput, TCharge, TCreateRentAccountInput, TEndChargeInput } from "@housing/schemas/finance";
import { fromIsoDate, toIsoDate } from "../kernel/calendar-date.ts";
import { createdStamp } from "../kernel/actor-stamp.ts";
import { type DomainContext, createThenRead } from "../common/domain-context.ts";
import { foundAtVersion } from "../kernel/version-conflict.ts";
import { AppError, conflictingField, found, foundForField, invalidField } from "../kernel/app-error.ts";
import { inChangeTransaction, recordCreation, updateAndRecordChange } from "../outbox/record-change.ts";
import { getRentAccount } from "./finance-reads.ts";
import { toCharge } from "./finance-view.ts";
import {
  endChargeIfVersion,
  findAccountForPosting,
  findChargeById,
  lockTenureForAccount,
  insertCharge,
  insertRentAccount,
  rentAccountNumberTaken,
} from "./finance.repository.ts";

/** One rent account per tenure, numbered by the tenure's payment reference unless told otherwise; it opens at 0. Answers the id only. */
export async function writeRentAccount(ctx: DomainContext, input: TCreateRentAccountInput): Promise<string> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const tenure = foundForField("tenureId", "No tenure has this id", await lockTenureForAccount(tx, input.tenureId));
    if (tenure.rentAccount) throw conflictingField("tenureId", "This tenure already has a rent account");
    const rentAccountNumber = input.rentAccountNumber ?? tenure.paymentReference;
    if (await rentAccountNumberTaken(tx, rentAccountNumber)) {
      throw conflictingField("rentAccountNumber", `Another rent account already has the number ${rentAccountNumber}`);
    }
    const created = await insertRentAccount(tx, {
      ...(input.id ? { id: input.id } : {}),
      tenureId: tenure.id,
      rentAccountNumber,
      ...createdStamp(by, at),
    });
    await recordCreation(tx, stamp, {
      eventType: "RentAccountCreatedEvent",
      entityId: created.id,
      newData: { rentAccountId: created.id, tenureId: tenure.id, rentAccountNumber, balance: 0 },
    });
    return created.id;
  });
}

/** Opens a rent account (see writeRentAccount) and answers it as the API shows it. */
export const createRentAccount = createThenRead(writeRentAccount, getRentAccount);

export async function addCharge(ctx: DomainContext, input: TAddChargeInput): Promise<TCharge> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const { by, at } = stamp;
    const account = found("rent account", input.rentAccountId, await findAccountForPosting(tx, input.rentAccountId));
    const { charge } = input;
    const created = await insertCharge(tx, {
      rentAccountId: account.id,
      chargeType: charge.chargeType,
      chargeCode: charge.chargeCode,
      description: charge.description,
      weeklyAmount: charge.weeklyAmount.toFixed(2),
      startDate: fromIsoDate(charge.startDate),
      endDate: charge.endDate ? fromIsoDate(charge.endDate) : null,
      createdAt: at,
      createdBy: by,
      modifiedAt: at,
    });
    await recordCreation(tx, stamp, {
      eventType: "ChargeAddedEvent",
      entityId: created.id,
      newData: { ...charge, chargeId: created.id, rentAccountId: account.id, tenureId: account.tenureId },
    });
    return toCharge(created);
  });
}

/** Ends a charge from a date (it still applies that day); a stale version is a conflict. */
export async function endCharge(ctx: DomainContext, input: TEndChargeInput): Promise<TCharge> {
  return inChangeTransaction(ctx, async (tx, stamp) => {
    const current = foundAtVersion("charge", input.id, await findChargeById(tx, input.id), input.version);
    if (current.endDate) throw new AppError("Conflict", `This charge already ended on ${toIsoDate(current.endDate)}`);
    if (input.endDate < toIsoDate(current.startDate)) {
      throw invalidField("endDate", "The end date cannot be before the charge's start date");
    }
    const row = {
      entity: "charge",
      yourVersion: input.version,
      write: () => endChargeIfVersion(tx, input.id, input.version, fromIsoDate(input.endDate), stamp.at),
      currentVersion: async () => (await findChargeById(tx, input.id))?.version ?? null,
    };
    await updateAndRecordChange(tx, stamp, row, {
      eventType: "ChargeEndedEvent",
      entityId: input.id,
      oldData: { endDate: null },
      newData: { endDate: input.endDate, rentAccountId: current.rentAccountId, tenureId: current.rentAccount.tenureId },
    });
    return toCharge(found("charge", input.id, await findChargeById(tx, input.id)));
  });
}

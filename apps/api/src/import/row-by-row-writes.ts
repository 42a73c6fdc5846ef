import type { DbClient } from "@housing/db/client";
import { writeAsset } from "../asset/asset-writes.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { conflictFromDatabase } from "../common/database-conflict.ts";
import { writeTransaction } from "../finance/record-transaction.ts";
import { addCharge, writeRentAccount } from "../finance/rent-account-writes.ts";
import { AppError, fieldErrorsFromAppError } from "../kernel/app-error.ts";
import { writePerson } from "../person/create-person.ts";
import { writeHouseholdMember } from "../tenure/household-members.ts";
import { writeTenure } from "../tenure/tenure-writes.ts";
import { keepBatch, markBatchStart, undoBatch } from "./import.repository.ts";
import type { TImportInputOf, TImportRecord, TImportRecordType, TImportRejection } from "./import-row.schemas.ts";

export type RecordOf<K extends TImportRecordType> = { [P in K]: { type: P; input: TImportInputOf[P] } }[K];

/**
 * The API's own write for each record type, so versions, actor stamps and outbox events are the
 * same; the forms that skip reading the API's view back, which nobody here would look at.
 */
const writers: { [K in TImportRecordType]: (ctx: DomainContext, input: TImportInputOf[K]) => Promise<unknown> } = {
  person: writePerson,
  asset: writeAsset,
  tenure: writeTenure,
  householdMember: writeHouseholdMember,
  rentAccount: writeRentAccount,
  charge: addCharge,
  transaction: writeTransaction,
};

/** One row through its write. */
export function writeRecord<K extends TImportRecordType>(ctx: DomainContext, record: RecordOf<K>): Promise<unknown> {
  return writers[record.type](ctx, record.input);
}

export type BatchOutcome = { batch: readonly TImportRecord[]; refused: TImportRejection[] | undefined };

/**
 * Writes rows in file order, each through its write, in a savepoint; when one is refused, each row
 * again in its own savepoint: the rows before a refused one stay, and every refusal is found.
 */
export async function writeRowByRow(tx: DbClient, ctx: DomainContext, batch: readonly TImportRecord[]) {
  const refused = await writeRowsOrUndo(tx, ctx, batch);
  if (!refused || batch.length === 1) return [{ batch, refused }];
  const outcomes: BatchOutcome[] = [];
  for (const record of batch) outcomes.push({ batch: [record], refused: await writeRowsOrUndo(tx, ctx, [record]) });
  return outcomes;
}

/**
 * Writes rows in file order until one is refused; the database's refusal of it comes back as
 * rejections and the writes of every row in the batch are undone.
 */
async function writeRowsOrUndo(
  tx: DbClient,
  ctx: DomainContext,
  batch: readonly TImportRecord[],
): Promise<TImportRejection[] | undefined> {
  await markBatchStart(tx);
  let current: TImportRecord | undefined;
  try {
    for (current of batch) await writeRecord(ctx, current);
    await keepBatch(tx);
    return undefined;
  } catch (error) {
    const refusals = refusalsOf(error);
    if (!refusals || !current) throw error;
    await undoBatch(tx);
    const { line, type } = current;
    return refusals.map((refusal) => ({ line, recordType: type, ...refusal }));
  }
}

/** A domain rule or a unique key saying no, as field errors; anything else is not the row's fault. */
function refusalsOf(error: unknown): { path: string; message: string }[] | undefined {
  const refusal = error instanceof AppError ? error : conflictFromDatabase(error);
  return refusal && (fieldErrorsFromAppError(refusal) ?? [{ path: "", message: refusal.message }]);
}

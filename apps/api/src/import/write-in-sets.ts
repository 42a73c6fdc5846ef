import type { DbClient } from "@housing/db/client";
import { conflictFromDatabase } from "../common/database-conflict.ts";
import { actorStamp } from "../kernel/actor-stamp.ts";
import type { DomainContext } from "../common/domain-context.ts";
import { recordChanges } from "../outbox/record-change.ts";
import type { TImportRecord, TImportRecordType } from "./import-row.schemas.ts";
import { keepBatch, markBatchStart, undoBatch } from "./import.repository.ts";
import { noteCreated, type SetRow, type SetRun } from "./set-run.ts";
import { writeChargesInSets, writeRentAccountsInSets, writeTransactionsInSets } from "./set-writes-accounts.ts";
import { writeHouseholdMembersInSets, writePersonsInSets } from "./set-writes-households.ts";
import { writeAssetsInSets, writeTenuresInSets } from "./set-writes-places.ts";

type RowsByType = { [K in TImportRecordType]: SetRow<K>[] };

/** Whether the set path writes a row of this shape; the rest are written by the API's own write, in turn. */
export function setWritable(record: TImportRecord): boolean {
  if (record.type === "person") return record.input.tenures.length === 0 && record.input.links.length === 0;
  if (record.type === "tenure") return (record.input.householdMembers ?? []).length === 0;
  if (record.type === "transaction") return record.input.rentAccountId !== undefined;
  return true;
}

/**
 * Writes consecutive rows type by type, a statement a type, with their events in file order:
 * the same rows, versions, stamps and events as writing each row in turn. Answers false, having
 * written nothing, when any row would be refused (or the database refuses the set): the caller
 * then narrows down to the rows at fault.
 */
export async function tryWriteInSets(
  tx: DbClient,
  ctx: DomainContext,
  records: readonly TImportRecord[],
): Promise<boolean> {
  await markBatchStart(tx);
  let written = false;
  try {
    written = await writeInSets(tx, ctx, records);
  } catch (error) {
    // A key taken meanwhile is a row's refusal, found again row by row; anything else is worth a look.
    if (!conflictFromDatabase(error)) {
      ctx.logger.warn({ err: error }, "A set of import rows failed; writing them in smaller sets");
    }
  }
  if (written) await keepBatch(tx);
  else await undoBatch(tx);
  return written;
}

/** The same without a savepoint: rows the sets refuse leave the transaction to be rolled back whole. */
export async function writeInSets(
  tx: DbClient,
  ctx: DomainContext,
  records: readonly TImportRecord[],
): Promise<boolean> {
  const run: SetRun = {
    tx,
    by: actorStamp(ctx.actor),
    correlationId: ctx.correlationId,
    personRefs: ctx.personRefs,
    createdOnLine: new Map(),
    events: [],
  };
  const rows = rowsByType(ctx, records);
  for (const type of ["person", "asset", "tenure", "rentAccount", "transaction"] as const)
    noteCreated(run, type, rows[type]);
  const written =
    (await writeAssetsInSets(run, rows.asset)) &&
    (await writeTenuresInSets(run, rows.tenure)) &&
    (await writePersonsInSets(run, rows.person)) &&
    (await writeHouseholdMembersInSets(run, rows.householdMember)) &&
    (await writeRentAccountsInSets(run, rows.rentAccount)) &&
    (await writeChargesInSets(run, rows.charge)) &&
    (await writeTransactionsInSets(
      run,
      // Suspense payments (no account) never reach a set: see setWritable.
      rows.transaction.flatMap((row) => {
        const { rentAccountId } = row.input;
        return rentAccountId ? [{ ...row, input: { ...row.input, rentAccountId } }] : [];
      }),
    ));
  if (!written) return false;
  run.events.sort((a, b) => a.line - b.line || a.order - b.order);
  await recordChanges(tx, run.events);
  return true;
}

/** Each type's rows in file order, each stamped now (as its own write would be) and given its id. */
function rowsByType(ctx: DomainContext, records: readonly TImportRecord[]): RowsByType {
  const rows: RowsByType = {
    person: [],
    asset: [],
    tenure: [],
    householdMember: [],
    rentAccount: [],
    charge: [],
    transaction: [],
  };
  for (const record of records) {
    const id = ("id" in record.input ? record.input.id : undefined) ?? crypto.randomUUID();
    const row = { line: record.line, at: ctx.clock.now(), id, input: record.input };
    (rows[record.type] as { line: number; at: Date; id: string; input: unknown }[]).push(row);
  }
  return rows;
}

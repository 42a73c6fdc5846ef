import type { Db, DbClient } from "@housing/db/client";
import type { z } from "zod";
import { writeAsset } from "../asset/asset-writes.ts";
import { defaultAccessPolicy } from "../auth/access-policy.ts";
import type { Actor } from "../auth/actor.ts";
import { serviceAreasForRoles } from "../auth/roles.ts";
import type { DomainContext } from "../common/domain-context.ts";
import type { Clock } from "../kernel/clock.ts";
import type { Logger } from "../kernel/logger.ts";
import { AppError, fieldErrorsFromAppError } from "../kernel/app-error.ts";
import { conflictFromDatabase } from "../common/database-conflict.ts";
import { writeTransaction } from "../finance/record-transaction.ts";
import { addCharge, writeRentAccount } from "../finance/rent-account-writes.ts";
import { changeStamp, recordChange } from "../outbox/record-change.ts";
import { writePerson } from "../person/create-person.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";
import { writeHouseholdMember } from "../tenure/household-members.ts";
import { writeTenure } from "../tenure/tenure-writes.ts";
import { dataImportedEvent, findImportOfFile, keepBatch, markBatchStart, undoBatch } from "./import.repository.ts";
import type { importInputSchemas, TImportRecord, TImportRecordType, TImportRejection } from "./import-row.schemas.ts";

/** Who an import's rows are recorded as created by: an integration service, as for API writes. */
export const importActor: Actor = {
  id: "integration-service/import",
  name: "Bulk import",
  email: "bulk-import@housing-platform.invalid",
  roles: ["integration-service"],
  serviceAreas: serviceAreasForRoles(["integration-service"]),
};

// The whole file is one transaction; a large file on a slow machine takes minutes, not hours.
const importTransactionTimeoutMs = 6 * 60 * 60 * 1000;

// Rows share a savepoint, two round trips saved per row; a refused batch is tried again row by row.
const rowsPerSavepoint = 100;

type InputOf = { [K in TImportRecordType]: z.output<(typeof importInputSchemas)[K]> };
type RecordOf<K extends TImportRecordType> = { [P in K]: { type: P; input: InputOf[P] } }[K];

/**
 * The API's own write for each record type, so versions, actor stamps and outbox events are the
 * same; the forms that skip reading the API's view back, which nobody here would look at.
 */
const writers: { [K in TImportRecordType]: (ctx: DomainContext, input: InputOf[K]) => Promise<unknown> } = {
  person: writePerson,
  asset: writeAsset,
  tenure: writeTenure,
  householdMember: writeHouseholdMember,
  rentAccount: writeRentAccount,
  charge: addCharge,
  transaction: writeTransaction,
};

function writeRecord<K extends TImportRecordType>(ctx: DomainContext, record: RecordOf<K>): Promise<unknown> {
  return writers[record.type](ctx, record.input);
}

export type WrittenCounts = Record<TImportRecordType, number>;
export type ImportSource = { fileName: string; format: string; sha256: string };
export type ImportDeps = { db: Db; clock: Clock; logger: Logger; search: SearchEngine };
export type ImportOptions = {
  source: ImportSource;
  /** Check every row against the database rules, then roll everything back. */
  dryRun: boolean;
  /** The operating-system user who ran the import, for the import's own event. */
  ranBy: string;
  onProgress?: (rowsDone: number) => void;
};
export type ImportOutcome =
  | { status: "imported"; importId: string; written: WrittenCounts }
  | { status: "checked"; written: WrittenCounts }
  | { status: "rejected"; rejections: TImportRejection[] }
  | { status: "already-imported"; importId: string; importedAt: Date; ranBy: string };

/** Thrown inside the transaction to roll it back with an outcome to report. */
class RollBack extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super(outcome.status);
  }
}

/**
 * Writes validated records in file order, all in one transaction: a row may refer to a record an
 * earlier row created. Every row is tried (in savepoints, so a refused row leaves nothing behind)
 * to report every rejection at once; any rejection rolls the whole file back.
 */
export async function importRecords(
  deps: ImportDeps,
  records: readonly TImportRecord[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const importId = crypto.randomUUID();
  try {
    return await deps.db.$transaction(
      async (tx) => {
        const previous = await findImportOfFile(tx, options.source.sha256);
        if (previous) return { status: "already-imported", ...previous } as const;
        const ctx: DomainContext = {
          db: tx,
          actor: importActor,
          correlationId: importId,
          clock: deps.clock,
          access: defaultAccessPolicy,
          logger: deps.logger,
        };
        const written = zeroCounts();
        const rejections: TImportRejection[] = [];
        for (let start = 0; start < records.length; start += rowsPerSavepoint) {
          const batch = records.slice(start, start + rowsPerSavepoint);
          const refused = await writeRowsOrUndo(tx, ctx, batch);
          // Each row again in its own savepoint: the rows before a refused one stay, and every refusal is found.
          const outcomes: BatchOutcome[] =
            refused && batch.length > 1 ? await writeEachRow(tx, ctx, batch) : [{ batch, refused }];
          for (const outcome of outcomes) {
            if (outcome.refused) rejections.push(...outcome.refused);
            else for (const record of outcome.batch) written[record.type] += 1;
          }
          options.onProgress?.(start + batch.length);
        }
        if (rejections.length > 0) throw new RollBack({ status: "rejected", rejections });
        if (options.dryRun) throw new RollBack({ status: "checked", written });
        await recordChange(tx, changeStamp(ctx), {
          eventType: dataImportedEvent,
          entityId: importId,
          entityVersion: null,
          oldData: null,
          newData: { ...options.source, rows: records.length, written, ranBy: options.ranBy },
        });
        return { status: "imported", importId, written } as const;
      },
      { timeout: importTransactionTimeoutMs },
    );
  } catch (error) {
    if (error instanceof RollBack) return error.outcome;
    throw error;
  }
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

type BatchOutcome = { batch: readonly TImportRecord[]; refused: TImportRejection[] | undefined };

async function writeEachRow(tx: DbClient, ctx: DomainContext, batch: readonly TImportRecord[]) {
  const outcomes: BatchOutcome[] = [];
  for (const record of batch) outcomes.push({ batch: [record], refused: await writeRowsOrUndo(tx, ctx, [record]) });
  return outcomes;
}

/** A domain rule or a unique key saying no, as field errors; anything else is not the row's fault. */
function refusalsOf(error: unknown): { path: string; message: string }[] | undefined {
  const refusal = error instanceof AppError ? error : conflictFromDatabase(error);
  return refusal && (fieldErrorsFromAppError(refusal) ?? [{ path: "", message: refusal.message }]);
}

function zeroCounts(): WrittenCounts {
  return { person: 0, asset: 0, tenure: 0, householdMember: 0, rentAccount: 0, charge: 0, transaction: 0 };
}

import type { Db } from "@housing/db/client";
import { defaultAccessPolicy } from "../auth/access-policy.ts";
import type { Actor } from "../auth/actor.ts";
import { serviceAreasForRoles } from "../auth/roles.ts";
import type { DomainContext } from "../common/domain-context.ts";
import type { Clock } from "../kernel/clock.ts";
import type { Logger } from "../kernel/logger.ts";
import { changeStamp, recordChange } from "../outbox/record-change.ts";
import type { SearchEngine } from "../search/search-engine.port.ts";
import { dataImportedEvent, findImportOfFile } from "./import.repository.ts";
import { assignProvisionalPersonRefs } from "../person/person-refs.ts";
import type { ImportFileRead } from "./import-file-stream.ts";
import type { TImportRejection } from "./import-row.schemas.ts";
import { type ImportTally, RowRefused, type WriteMode, type WrittenCounts, writeInOrder } from "./write-in-order.ts";

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

/** Rows read, validated and written a batch at a time: memory holds one batch however long the file. */
export const importBatchRows = 5000;

export type { WrittenCounts };
export type ImportSource = { fileName: string; format: string; sha256: string };
export type ImportDeps = { db: Db; clock: Clock; logger: Logger; search: SearchEngine };
export type ImportOptions = {
  source: ImportSource;
  /** Check every row against the database rules, then roll everything back. */
  dryRun: boolean;
  /** The operating-system user who ran the import, for the import's own event. */
  ranBy: string;
  /** After each batch written: rows written so far, and how far into the file (in bytes) they reach. */
  onProgress?: (rowsDone: number, bytesRead: number) => void;
};
export type ImportOutcome =
  | { status: "imported"; importId: string; written: WrittenCounts }
  | { status: "checked"; written: WrittenCounts }
  /** Rows the reader or their schema refused: the database rules were not checked past the first. */
  | { status: "invalid"; rejections: TImportRejection[] }
  | { status: "rejected"; rejections: TImportRejection[] }
  | { status: "already-imported"; importId: string; importedAt: Date; ranBy: string };

/** Thrown inside the transaction to roll it back with an outcome to report. */
class RollBack extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super(outcome.status);
  }
}

/**
 * Reads, validates and writes the file's records in file order, all in one transaction: a row may
 * refer to a record an earlier row created. First in sets without savepoints; at the first refusal
 * that transaction is rolled back and the file written again, checking every row, so every
 * rejection is reported at once. A row that fails its schema stops the writing, but the file is
 * read to its end so that every such row is reported. Any rejection rolls the whole file back.
 */
export async function importRecords(
  deps: ImportDeps,
  readFile: () => ImportFileRead,
  options: ImportOptions,
): Promise<ImportOutcome> {
  try {
    return await importOnce(deps, readFile(), options, "sets");
  } catch (error) {
    if (!(error instanceof RowRefused)) throw error;
  }
  return importOnce(deps, readFile(), options, "checking");
}

async function importOnce(
  deps: ImportDeps,
  { batches, reading }: ImportFileRead,
  options: ImportOptions,
  mode: WriteMode,
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
          personRefs: "provisional",
        };
        const tally: ImportTally = { written: zeroCounts(), rejections: [] };
        let rowsDone = 0;
        for await (const batch of readingAhead(batches)) {
          if (reading.rejections.length > 0) continue;
          await writeInOrder(tx, ctx, batch.records, { tally, mode });
          rowsDone += batch.records.length;
          options.onProgress?.(rowsDone, batch.bytesRead);
        }
        if (reading.rejections.length > 0) throw new RollBack({ status: "invalid", rejections: reading.rejections });
        const { written, rejections } = tally;
        if (rejections.length > 0) throw new RollBack({ status: "rejected", rejections });
        if (options.dryRun) throw new RollBack({ status: "checked", written });
        await assignProvisionalPersonRefs(tx, importId);
        await recordChange(tx, changeStamp(ctx), {
          eventType: dataImportedEvent,
          entityId: importId,
          entityVersion: null,
          oldData: null,
          newData: { ...options.source, rows: reading.validRows, written, ranBy: options.ranBy },
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

/** The next batch is read and validated while the database writes this one. */
async function* readingAhead<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  try {
    let next = iterator.next();
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      // Awaited on the next turn; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    // Left early (a refused row, a failure): the reading stops too, closing the file now, not at GC.
    await iterator.return?.();
  }
}

/** Nothing written yet, of any record type. */
export function zeroCounts(): WrittenCounts {
  return { person: 0, asset: 0, tenure: 0, householdMember: 0, rentAccount: 0, charge: 0, transaction: 0 };
}

import type { DbClient } from "@housing/db/client";
import type { DomainContext } from "../common/domain-context.ts";
import type { TImportRecord, TImportRecordType, TImportRejection } from "./import-row.schemas.ts";
import { writeRecord, writeRowByRow } from "./row-by-row-writes.ts";
import { setWritable, tryWriteInSets, writeInSets } from "./write-in-sets.ts";

export type WrittenCounts = Record<TImportRecordType, number>;

/** What an import has written and refused so far. */
export type ImportTally = { written: WrittenCounts; rejections: TImportRejection[] };

// Below this a set that would be refused is written row by row: each row's refusal is then reported.
const smallestSet = 32;

/**
 * How rows are written: `sets` takes no savepoints (PostgreSQL slows down once a transaction holds
 * more than 64 of them) and gives up at the first refusal; `checking` finds every refused row.
 */
export type WriteMode = "sets" | "checking";

/** A row was refused while writing without savepoints: the import rolls back and checks every row. */
export class RowRefused extends Error {
  constructor() {
    super("A row was refused; the import checks every row again");
    this.name = "RowRefused";
  }
}

/**
 * Writes a batch of rows in file order: runs of rows the set path writes in sets, the others
 * through their own write. A set that would be refused is halved until the rows at fault are found
 * and written row by row, which reports each refusal with its line as writing every row did.
 */
export async function writeInOrder(
  tx: DbClient,
  ctx: DomainContext,
  records: readonly TImportRecord[],
  { tally, mode }: { tally: ImportTally; mode: WriteMode },
): Promise<void> {
  const writeSet = mode === "sets" ? writeSetOrGiveUp : writeRun;
  const writeOne = mode === "sets" ? writeRowOrGiveUp : writeRows;
  let run: TImportRecord[] = [];
  for (const record of records) {
    if (setWritable(record)) {
      run.push(record);
      continue;
    }
    await writeSet(tx, ctx, run, tally);
    run = [];
    await writeOne(tx, ctx, [record], tally);
  }
  await writeSet(tx, ctx, run, tally);
}

async function writeSetOrGiveUp(tx: DbClient, ctx: DomainContext, run: readonly TImportRecord[], tally: ImportTally) {
  if (run.length === 0) return;
  if (!(await writeInSets(tx, ctx, run).catch(() => false))) throw new RowRefused();
  for (const record of run) tally.written[record.type] += 1;
}

async function writeRowOrGiveUp(tx: DbClient, ctx: DomainContext, rows: readonly TImportRecord[], tally: ImportTally) {
  for (const record of rows) {
    await writeRecord(ctx, record).catch(() => {
      throw new RowRefused();
    });
    tally.written[record.type] += 1;
  }
}

async function writeRun(tx: DbClient, ctx: DomainContext, run: readonly TImportRecord[], tally: ImportTally) {
  if (run.length === 0) return;
  if (run.length <= smallestSet) {
    await writeRows(tx, ctx, run, tally);
    return;
  }
  if (await tryWriteInSets(tx, ctx, run)) {
    for (const record of run) tally.written[record.type] += 1;
    return;
  }
  const half = Math.ceil(run.length / 2);
  await writeRun(tx, ctx, run.slice(0, half), tally);
  await writeRun(tx, ctx, run.slice(half), tally);
}

async function writeRows(tx: DbClient, ctx: DomainContext, rows: readonly TImportRecord[], tally: ImportTally) {
  for (const outcome of await writeRowByRow(tx, ctx, rows)) {
    if (outcome.refused) tally.rejections.push(...outcome.refused);
    else for (const record of outcome.batch) tally.written[record.type] += 1;
  }
}

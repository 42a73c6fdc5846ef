import type { DbClient } from "@housing/db/client";
import type { TActorStamp } from "@housing/schemas/person";
import type { DomainContext } from "../common/domain-context.ts";
import type { ChangeStamp, RecordedChange } from "../outbox/record-change.ts";
import type { TImportInputOf, TImportRecordType } from "./import-row.schemas.ts";

/** A row of a run written in sets: its line, the moment its write is stamped with, its id and its input. */
export type SetRow<K extends TImportRecordType> = { line: number; at: Date; id: string; input: TImportInputOf[K] };

/**
 * A run of consecutive rows being written in sets, type by type. Rows may refer only to records
 * of rows above them (as when each row is written in turn), which `createdOnLine` tells apart.
 */
export type SetRun = {
  tx: DbClient;
  by: TActorStamp;
  correlationId: string;
  /** How the run's persons are numbered (DomainContext.personRefs). */
  personRefs: DomainContext["personRefs"];
  createdOnLine: Map<string, number>;
  events: { line: number; order: number; stamp: ChangeStamp; change: RecordedChange }[];
};

const key = (type: TImportRecordType, id: string) => `${type} ${id}`;

export function noteCreated(run: SetRun, type: TImportRecordType, rows: readonly SetRow<TImportRecordType>[]): void {
  for (const row of rows) run.createdOnLine.set(key(type, row.id), row.line);
}

/** Whether the record a row refers to is not one that a row further down this run creates. */
export function refersUp(run: SetRun, type: TImportRecordType, id: string, line: number): boolean {
  const created = run.createdOnLine.get(key(type, id));
  return created === undefined || created < line;
}

/** Records a row's change, stamped as its own write would stamp it; appended in file order at the end. */
export function addEvent(run: SetRun, row: { line: number; at: Date }, change: RecordedChange): void {
  const stamp = { by: run.by, at: row.at, correlationId: run.correlationId };
  run.events.push({ line: row.line, order: run.events.length, stamp, change });
}

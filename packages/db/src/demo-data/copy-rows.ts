import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { converterFor, type Column, type ToText } from "./insert-rows.ts";

/** Rows of one table as COPY text, in runs that name the same columns (see `toCopyRuns`). */
export type CopyRun = { table: string; columns: string[]; text: string };

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeCopyText = (text: string) =>
  SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;

type Field = { name: string; toText: ToText };

function copyText(rows: readonly object[], fields: readonly Field[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    const line: string[] = [];
    for (const field of fields) {
      const value = values[field.name];
      line.push(value === undefined || value === null ? "\\N" : escapeCopyText(field.toText(value)));
    }
    lines.push(line.join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Rows as COPY text. A NOT NULL column with a default that a row has no value for is left out of
 * that row's column list, so PostgreSQL fills it in (as `insertRows` does with COALESCE); rows
 * leaving out the same columns form a run, and runs keep the rows' order (parents first).
 */
export function toCopyRuns(table: string, columns: ReadonlyMap<string, Column>, rows: readonly object[]): CopyRun[] {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  for (const name of names) if (!columns.has(name)) throw new Error(`${table} has no column ${name}`);
  const defaultable = [...names].filter((name) => {
    const column = columns.get(name);
    return column?.notNull === true && column.defaultExpression !== null;
  });
  const runs: { key: string; omitted: Set<string>; rows: object[] }[] = [];
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    const omitted = defaultable.filter((name) => values[name] === undefined || values[name] === null);
    const key = omitted.join(",");
    const last = runs.at(-1);
    if (last?.key === key) last.rows.push(row);
    else runs.push({ key, omitted: new Set(omitted), rows: [row] });
  }
  return runs.map((run) => {
    const fields = [...names]
      .filter((name) => !run.omitted.has(name))
      .map((name) => ({ name, toText: converterFor(columns.get(name) as Column) }));
    return { table, columns: fields.map((f) => f.name), text: copyText(run.rows, fields) };
  });
}

/**
 * Loads a run with `COPY … FROM STDIN`, PostgreSQL's own bulk path: nothing is parsed as SQL or
 * cast from an array per value. Needs a real server (the embedded database's socket cannot carry
 * COPY's sub-protocol).
 */
export async function copyRun(client: pg.ClientBase, run: CopyRun): Promise<void> {
  const statement = `COPY ${quoteIdentifier(run.table)} (${run.columns.map(quoteIdentifier).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from([run.text]), client.query(copyFrom(statement)));
}

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { converterFor, quoteIdentifier, type Column, type ToText } from "./insert-rows.ts";

/** Rows of one table as COPY text (UTF-8), in runs that name the same columns (see `toCopyRuns`). */
export type CopyRun = { table: string; columns: string[]; data: Uint8Array };

// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeCopyText = (text: string) =>
  SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;

/**
 * `plain`: its text is ASCII with nothing to escape, so it is written byte for byte; `missing`:
 * what a row without a value gets (NULL, or the column's constant default when it is NOT NULL),
 * and `missingPlain` the same of that text.
 */
type Field = { name: string; plain: boolean; missing: string; missingPlain: boolean; toText: ToText };

// Types whose text never holds a backslash, tab or line break, so needs no escaping.
const PLAIN = /^(uuid|integer|bigint|smallint|numeric|date|timestamp|boolean|double precision|real)/;

/**
 * A column's values as COPY text. Many rows repeat the value of the row before (the same actor,
 * day, fund or amount), so the last conversion is kept and reused.
 */
function fieldOf(name: string, column: Column): Field {
  const convert = converterFor(column);
  const plain = PLAIN.test(column.type);
  let lastValue: unknown;
  let lastText = "";
  const toText: ToText = (value) => {
    // A date is a new object each row: compare its time instead.
    const key = value instanceof Date ? value.getTime() : value;
    if (key !== lastValue) {
      lastValue = key;
      lastText = plain ? convert(value) : escapeCopyText(convert(value));
    }
    return lastText;
  };
  const constant = column.notNull ? column.constantDefault : undefined;
  const missing = constant === undefined ? "\\N" : escapeCopyText(constant);
  return { name, plain, missing, missingPlain: !/[^\x20-\x7e]/.test(missing), toText };
}

/** A growing byte buffer: rows are encoded once, straight into the bytes COPY sends. */
class CopyBytes {
  // Never below 4 KiB, so never a slice of Node's shared pool: the bytes are transferred, not copied.
  private buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;

  text(text: string, plain: boolean): void {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (this.buffer.length - this.length < text.length * 3) this.grow(text.length * 3);
    if (plain && text.length < 64) {
      // Short ASCII (ids, numbers, dates) byte by byte: cheaper than a call into the encoder.
      for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
    } else this.length += this.buffer.write(text, this.length, plain ? "latin1" : "utf8");
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) this.grow(1);
    this.buffer[this.length++] = value;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + needed));
    this.buffer.copy(larger, 0, 0, this.length);
    this.buffer = larger;
  }
}

const TAB = 9;
const NEWLINE = 10;

function copyBytes(rows: readonly object[], fields: readonly Field[]): Uint8Array {
  const out = new CopyBytes();
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as Field;
      const value = values[field.name];
      if (f > 0) out.byte(TAB);
      if (value === undefined || value === null) out.text(field.missing, field.missingPlain);
      else out.text(field.toText(value), field.plain);
    }
    out.byte(NEWLINE);
  }
  return out.bytes();
}

/**
 * Rows as COPY text. A NOT NULL column that a row has no value for takes its default, as
 * `insertRows` does with COALESCE: written here when it is a constant, else the column is left
 * out of that row's column list so PostgreSQL fills it in; so is a column whose value is the very
 * object named in `defaults` (the value its default holds). Rows leaving out the same columns form a run, and runs
 * keep the rows' order (parents first).
 */
export function toCopyRuns(
  table: string,
  columns: ReadonlyMap<string, Column>,
  rows: readonly object[],
  defaults: ReadonlyMap<string, unknown> = new Map(),
): CopyRun[] {
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  for (const name of names) if (!columns.has(name)) throw new Error(`${table} has no column ${name}`);
  const defaultable = [...names].filter((name) => {
    const column = columns.get(name);
    const leftToDatabase = column?.notNull === true && column.defaultExpression !== null;
    return defaults.has(name) || (leftToDatabase && column.constantDefault === undefined);
  });
  // Which defaultable columns a row leaves out, as bits (a handful of columns at most).
  const omittedBits = (values: Record<string, unknown>) => {
    let bits = 0;
    for (let i = 0; i < defaultable.length; i++) {
      const name = defaultable[i] as string;
      const value = values[name];
      const omitted = defaults.has(name) ? value === defaults.get(name) : value === undefined || value === null;
      if (omitted) bits |= 1 << i;
    }
    return bits;
  };
  const runs: { bits: number; rows: object[] }[] = [];
  for (const row of rows) {
    const bits = omittedBits(row as Record<string, unknown>);
    const last = runs.at(-1);
    if (last?.bits === bits) last.rows.push(row);
    else runs.push({ bits, rows: [row] });
  }
  return runs.map((run) => {
    const fields = [...names]
      .filter((name) => {
        const bit = defaultable.indexOf(name);
        return bit < 0 || (run.bits & (1 << bit)) === 0;
      })
      .map((name) => fieldOf(name, columns.get(name) as Column));
    return { table, columns: fields.map((f) => f.name), data: copyBytes(run.rows, fields) };
  });
}

/**
 * Loads a run with `COPY … FROM STDIN`, PostgreSQL's own bulk path: nothing is parsed as SQL or
 * cast from an array per value. Needs a real server (the embedded database's socket cannot carry
 * COPY's sub-protocol).
 */
export async function copyRun(client: pg.ClientBase, run: CopyRun): Promise<void> {
  const statement = `COPY ${quoteIdentifier(run.table)} (${run.columns.map(quoteIdentifier).join(", ")}) FROM STDIN`;
  await pipeline(
    Readable.from([Buffer.from(run.data.buffer, run.data.byteOffset, run.data.byteLength)]),
    client.query(copyFrom(statement)),
  );
}

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { quoteIdentifier, textOf, type Column } from "./insert-rows.ts";

/**
 * Rows of one table in COPY's binary format, in runs that name the same columns (see `toCopyRuns`);
 * each run's bytes in chunks, sent one after the other.
 */
export type CopyRun = { table: string; columns: string[]; data: Uint8Array[] };

// Chunks start small (a run of a few rows stays small) and double up to a megabyte.
const FIRST_CHUNK = 1 << 16;
const LARGEST_CHUNK = 1 << 20;

/**
 * Bytes in chunks: rows are encoded once, straight into the bytes COPY sends, and a chunk is never
 * copied into a larger one as it fills. Writers reserve `room` for what they write next, so a
 * field never straddles two chunks.
 */
class CopyBytes {
  buffer: Buffer;
  length = 0;
  private readonly chunks: Uint8Array[] = [];

  // A run's chunks are never below 4 KiB, so never a slice of Node's shared pool: their bytes are
  // transferred between threads, not copied.
  constructor(firstChunk = FIRST_CHUNK) {
    this.buffer = Buffer.allocUnsafe(firstChunk);
  }

  room(bytes: number): void {
    if (this.buffer.length - this.length >= bytes) return;
    if (this.length > 0) this.chunks.push(this.buffer.subarray(0, this.length));
    this.buffer = Buffer.allocUnsafe(Math.max(Math.min(this.buffer.length * 2, LARGEST_CHUNK), bytes));
    this.length = 0;
  }

  /** Writers below assume `room` was reserved for them. */
  int16(value: number): void {
    const b = this.buffer;
    b[this.length++] = value >>> 8;
    b[this.length++] = value;
  }

  int32(value: number): void {
    const b = this.buffer;
    b[this.length++] = value >>> 24;
    b[this.length++] = value >>> 16;
    b[this.length++] = value >>> 8;
    b[this.length++] = value;
  }

  /** A 64-bit integer given as a number (exact below 2^53: microseconds since 2000 fit). */
  int64(value: number): void {
    const high = Math.floor(value / 2 ** 32);
    this.int32(high);
    this.int32(value - high * 2 ** 32);
  }

  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Text as a field, length first, in UTF-8 (a lone surrogate becomes U+FFFD, as everywhere in Node). */
  text(text: string, prefix?: number): void {
    const extra = prefix === undefined ? 0 : 1;
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    this.room(4 + extra + text.length * 3);
    const start = this.length;
    this.length += 4;
    if (prefix !== undefined) this.buffer[this.length++] = prefix;
    const b = this.buffer;
    let i = 0;
    // ASCII byte by byte (ids, codes, names): cheaper than a call into the encoder.
    for (; i < text.length && i < 64; i++) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) break;
      b[this.length++] = code;
    }
    if (i < text.length) this.length += b.write(text.slice(i), this.length, "utf8");
    b.writeInt32BE(this.length - start - 4, start);
  }

  /** The bytes written, as chunks. */
  data(): Uint8Array[] {
    return [...this.chunks, this.buffer.subarray(0, this.length)];
  }
}

/** Writes one non-null value as a field: its length, then its binary form. */
type Encode = (out: CopyBytes, value: unknown) => void;

const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function millisecondsOf(value: unknown, type: string): number {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  const text = String(value);
  const time = type === "date" ? dateTextTime(text) : Date.parse(text);
  if (!Number.isFinite(time)) throw new Error(`Not a ${type}: ${text}`);
  return time;
}

/** A `YYYY-MM-DD` day's time, NaN for anything else (and for days the calendar has not, such as 30 February). */
function dateTextTime(text: string): number {
  const parts = DATE_TEXT.exec(text);
  if (!parts) return Number.NaN;
  const time = Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]));
  return new Date(time).toISOString().startsWith(text) ? time : Number.NaN;
}

function wholeNumber(value: unknown, bits: number): number {
  const number = typeof value === "string" && !/^[+-]?\d+$/.test(value) ? Number.NaN : Number(value);
  if (!Number.isSafeInteger(number) || Math.abs(number) >= 2 ** (bits - 1) + (number < 0 ? 1 : 0))
    throw new Error(`Not a ${bits}-bit integer: ${String(value)}`);
  return number;
}

const fixed =
  (size: number, write: (out: CopyBytes, value: unknown) => void): Encode =>
  (out, value) => {
    out.room(4 + size);
    out.int32(size);
    write(out, value);
  };

// A decimal as text, optionally with an exponent (JavaScript writes 1e21 and 1e-7 so).
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * A decimal's binary numeric: base-10,000 digits, the weight of the first, sign and scale. The
 * digits are read in place; only a number with an exponent is first rewritten without one.
 */
function encodeNumeric(out: CopyBytes, value: unknown): void {
  let text = String(value);
  let parts: RegExpExecArray | null = null;
  if (/[eE]/.test(text)) {
    parts = DECIMAL.exec(text);
    if (parts) text = withoutExponent(parts[1] ?? "", parts[2] ?? "", parts[3] ?? "", Number(parts[4]));
  }
  const negative = text.charCodeAt(0) === 45; /* - */
  const first = negative || text.charCodeAt(0) === 43 /* + */ ? 1 : 0;
  let point = text.indexOf(".", first);
  const decimals = point < 0 ? 0 : text.length - point - 1;
  if (point < 0) point = text.length;
  const wholeDigits = point - first;
  if (wholeDigits + decimals === 0) throw new Error(`Not a number: ${String(value)}`);
  const wholeGroups = Math.ceil(wholeDigits / 4);
  const groups = wholeGroups + Math.ceil(decimals / 4);
  out.room(12 + 2 * groups);
  out.int32(8 + 2 * groups);
  out.int16(groups);
  out.int16(wholeGroups - 1);
  out.int16(negative ? 0x4000 : 0);
  out.int16(decimals);
  // Each group holds 4 digits: the whole part's first group is short on the left, the decimals'
  // last short on the right.
  for (let g = 0; g < groups; g++) {
    const from = g < wholeGroups ? point - (wholeGroups - g) * 4 : point + 1 + (g - wholeGroups) * 4;
    let digit = 0;
    for (let i = from; i < from + 4; i++) {
      const code = i < first || i >= text.length || (g < wholeGroups && i >= point) ? 48 : text.charCodeAt(i);
      if (code < 48 || code > 57) throw new Error(`Not a number: ${String(value)}`);
      digit = digit * 10 + code - 48;
    }
    out.int16(digit);
  }
}

function withoutExponent(sign: string, whole: string, fraction: string, exponent: number): string {
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point >= digits.length) return `${sign}${digits.padEnd(point, "0")}`;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX["0123456789abcdef".charCodeAt(i)] = HEX["0123456789ABCDEF".charCodeAt(i)] = i;

const encodeUuid = fixed(16, (out, value) => {
  const text = String(value);
  const b = out.buffer;
  // As PostgreSQL reads it: 32 hex digits, a hyphen allowed after any group of four, in braces or not.
  const braced = text.charCodeAt(0) === 123; /* { */
  const end = braced ? text.length - 1 : text.length;
  let nibbles = 0;
  let high = 0;
  let i = braced ? 1 : 0;
  for (; i < end && nibbles < 32; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 /* - */ && nibbles % 4 === 0 && nibbles > 0 && nibbles < 32) continue;
    const nibble = code < 128 ? (HEX[code] as number) : -1;
    if (nibble < 0) break;
    if (nibbles % 2 === 0) high = nibble << 4;
    else b[out.length + (nibbles - 1) / 2] = high | nibble;
    nibbles++;
  }
  if (nibbles !== 32 || i !== end || (braced && text.charCodeAt(end) !== 125)) throw new Error(`Not a UUID: ${text}`);
  out.length += 16;
});

const JSONB_VERSION = 1;

/** Text as `insertRows` writes it. */
const encodeText: Encode = (out, value) => out.text(textOf(value));
const encodeTimestamp = fixed(8, (out, value) =>
  out.int64((millisecondsOf(value, "timestamp") - POSTGRES_EPOCH_MS) * 1000),
);

// Encoders by the type's send function, so a type's binary form is looked up, never guessed.
const ENCODERS: Record<string, Encode> = {
  textsend: encodeText,
  varcharsend: encodeText,
  bpcharsend: encodeText,
  enum_send: (out, value) => out.text(String(value)),
  json_send: (out, value) => out.text(JSON.stringify(value)),
  jsonb_send: (out, value) => out.text(JSON.stringify(value), JSONB_VERSION),
  boolsend: fixed(1, (out, value) => (out.buffer[out.length++] = value ? 1 : 0)),
  int2send: fixed(2, (out, value) => out.int16(wholeNumber(value, 16))),
  int4send: fixed(4, (out, value) => out.int32(wholeNumber(value, 32))),
  int8send: fixed(8, (out, value) => out.int64(wholeNumber(value, 64))),
  numeric_send: encodeNumeric,
  uuid_send: encodeUuid,
  date_send: fixed(4, (out, value) =>
    out.int32(Math.floor((millisecondsOf(value, "date") - POSTGRES_EPOCH_MS) / DAY_MS)),
  ),
  timestamptz_send: encodeTimestamp,
  timestamp_send: encodeTimestamp,
};

function encoderOf(send: string | null, type: string): Encode {
  const encode = send ? ENCODERS[send] : undefined;
  if (!encode) throw new Error(`No binary COPY form for type ${type}`);
  return encode;
}

/** A one-dimensional array: its elements' type, then each element as a field, written apart and copied in. */
function arrayEncoder(column: Column): Encode {
  const element = encoderOf(column.elementSend, column.type);
  return (out, value) => {
    if (!Array.isArray(value)) throw new Error(`Not an array for ${column.type}: ${String(value)}`);
    const items = new CopyBytes(256);
    items.room(20);
    items.length = 4; // the field's length, filled in below
    items.int32(value.length === 0 ? 0 : 1);
    items.int32(value.some((item) => item === null || item === undefined) ? 1 : 0);
    items.int32(column.elementTypeId);
    if (value.length > 0) {
      items.int32(value.length);
      items.int32(1); // lower bound
    }
    for (const item of value) {
      if (item !== null && item !== undefined) element(items, item);
      else {
        items.room(4);
        items.int32(-1);
      }
    }
    const bytes = Buffer.concat(items.data());
    bytes.writeInt32BE(bytes.length - 4, 0);
    out.bytes(bytes);
  };
}

/**
 * `missing`: what a row without a value gets (NULL, or the column's constant default when it is
 * NOT NULL), as the field's bytes, length included. `last*`: the last value written and where its
 * field's bytes are.
 */
type Field = {
  name: string;
  missing: Uint8Array;
  encode: Encode;
  lastValue: unknown;
  lastStart: number;
  lastEnd: number;
  lastBuffer: Buffer | undefined;
};

const NULL_FIELD = Uint8Array.of(0xff, 0xff, 0xff, 0xff);

function fieldOf(name: string, column: Column): Field {
  const encode = column.send === "array_send" ? arrayEncoder(column) : encoderOf(column.send, column.type);
  const constant = column.notNull ? column.constantDefault : undefined;
  const missing = constant === undefined ? NULL_FIELD : withLength(constant);
  return { name, missing, encode, lastValue: undefined, lastStart: 0, lastEnd: 0, lastBuffer: undefined };
}

/**
 * Writes a value's field. Many rows repeat the value of the row before (the same account, actor,
 * day or amount), so the last value's bytes are copied instead of encoded again while they are in
 * the same chunk.
 */
function writeField(out: CopyBytes, field: Field, value: unknown): void {
  // A date is a new object each row: compare its time instead.
  const key = value instanceof Date ? value.getTime() : value;
  const length = field.lastEnd - field.lastStart;
  if (key === field.lastValue && field.lastBuffer === out.buffer && out.buffer.length - out.length >= length) {
    const b = out.buffer;
    // Most fields are short: a loop is cheaper than a call into copyWithin.
    if (length <= 32) for (let i = field.lastStart; i < field.lastEnd; i++) b[out.length++] = b[i] as number;
    else {
      b.copyWithin(out.length, field.lastStart, field.lastEnd);
      out.length += length;
    }
    return;
  }
  const chunk = out.buffer;
  const start = out.length;
  field.encode(out, value);
  field.lastValue = key;
  field.lastBuffer = out.buffer;
  // Every encoder reserves its room before its first byte: in a new chunk, the field starts it.
  field.lastStart = out.buffer === chunk ? start : 0;
  field.lastEnd = out.length;
}

function withLength(bytes: Uint8Array): Uint8Array {
  const field = Buffer.allocUnsafe(4 + bytes.length);
  field.writeInt32BE(bytes.length, 0);
  field.set(bytes, 4);
  return field;
}

// The binary COPY file's signature, flags and header extension length.
const HEADER = Buffer.concat([Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(8)]);

function copyBytes(rows: readonly object[], fields: readonly Field[]): Uint8Array[] {
  const out = new CopyBytes();
  out.bytes(HEADER);
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    out.room(2);
    out.int16(fields.length);
    for (const field of fields) {
      const value = values[field.name];
      if (value === undefined || value === null) out.bytes(field.missing);
      else writeField(out, field, value);
    }
  }
  out.room(2);
  out.int16(-1); // the trailer
  return out.data();
}

/**
 * Rows in COPY's binary format: PostgreSQL reads each value's own binary form instead of parsing
 * text, which took a third less of its time on the seed's ledger. A NOT NULL column that a row
 * has no value for takes its default, as `insertRows` does with COALESCE: written here when it is
 * a constant, else the column is left out of that row's column list so PostgreSQL fills it in; so
 * is a column whose value is the very object named in `defaults` (the value its default holds).
 * Rows leaving out the same columns form a run, and runs keep the rows' order (parents first).
 */
export function toCopyRuns(
  table: string,
  columns: ReadonlyMap<string, Column>,
  rows: readonly object[],
  defaults: ReadonlyMap<string, unknown> = new Map(),
): CopyRun[] {
  const names = new Set<string>();
  // Rows made by one object literal name the same keys in the same order: a row's keys are compared
  // with the last new shape's, and only a row that differs adds its keys (a set look-up for every
  // key of every row was a tenth of encoding the seed). for…in rather than Object.keys: no array a
  // row (rows are plain objects, with nothing inherited).
  let shape: string[] = [];
  for (const row of rows) {
    let i = 0;
    let same = true;
    for (const key in row) {
      if (key !== shape[i]) {
        same = false;
        break;
      }
      i++;
    }
    if (same && i === shape.length) continue;
    shape = Object.keys(row);
    for (const key of shape) names.add(key);
  }
  for (const name of names) if (!columns.has(name)) throw new Error(`${table} has no column ${name}`);
  const defaultable = [...names].filter((name) => {
    const column = columns.get(name);
    const leftToDatabase = column?.notNull === true && column.defaultExpression !== null;
    return defaults.has(name) || (leftToDatabase && column.constantDefault === undefined);
  });
  // Which defaultable columns a row leaves out, as bits (a handful of columns at most).
  const loadDefaults = defaultable.map((name) => ({ name, has: defaults.has(name), value: defaults.get(name) }));
  const omittedBits = (values: Record<string, unknown>) => {
    let bits = 0;
    for (let i = 0; i < loadDefaults.length; i++) {
      const column = loadDefaults[i] as (typeof loadDefaults)[number];
      const value = values[column.name];
      const omitted = column.has ? value === column.value : value === undefined || value === null;
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
 * from text. Needs a real server (the embedded database's socket cannot carry COPY's sub-protocol).
 */
export async function copyRun(client: pg.ClientBase, run: CopyRun): Promise<void> {
  const statement = `COPY ${quoteIdentifier(run.table)} (${run.columns.map(quoteIdentifier).join(", ")}) FROM STDIN (FORMAT binary)`;
  await pipeline(
    Readable.from(run.data.map((chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))),
    client.query(copyFrom(statement)),
  );
}

/** The one thing bulk inserts need from a connection: run SQL with positional parameters. */
export type SqlClient = { query<T>(sql: string, parameters: readonly unknown[]): Promise<T[]> };

export type Column = {
  name: string;
  type: string;
  notNull: boolean;
  defaultExpression: string | null;
  /** The type's binary send function (`int4send`, `array_send`), naming its form in binary `COPY`. */
  send: string;
  /** For an array, its elements' send function and type oid (binary arrays name their element type). */
  elementSend: string | null;
  elementTypeId: number;
  /** The default's binary form when it is a constant (`false`, `'{}'`), for loaders that write it themselves. */
  constantDefault?: Uint8Array;
};

/** A table's columns as PostgreSQL describes them; the insert casts each value to these types. */
export async function describeTable(sql: SqlClient, table: string): Promise<Map<string, Column>> {
  const rows = await sql.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            pg_get_expr(d.adbin, d.adrelid) AS "defaultExpression", t.typsend::text AS send,
            e.typsend::text AS "elementSend", coalesce(e.oid, 0)::int AS "elementTypeId"
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [`"${table}"`],
  );
  if (rows.length === 0) throw new Error(`Table ${table} not found`);
  return new Map(rows.map((r) => [r.name, r]));
}

// Types whose text form never needs quoting inside an array literal.
const UNQUOTED = /^(uuid|integer|bigint|smallint|numeric|date|timestamp|boolean|double precision|real)/;

const quoteElement = (text: string) => `"${text.replace(/["\\]/g, "\\$&")}"`;
/** A table or column name as SQL, whatever it holds. */
export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

export type ToText = (value: unknown) => string;

/** A value for a text column: an object as JSON, anything else as its string. */
export const textOf: ToText = (value) => (typeof value === "object" ? JSON.stringify(value) : String(value));

/**
 * Formats each time once while it keeps recurring: most dates repeat (the same day, the same
 * timestamp) across thousands of rows. A slot per hash of the second, overwritten on collision.
 */
function cachedTimeText(format: (date: Date) => string): (date: Date) => string {
  const slots = 4096;
  const times = new Float64Array(slots).fill(Number.NaN);
  const texts: string[] = new Array<string>(slots).fill("");
  return (date) => {
    const time = date.getTime();
    const slot = Math.imul(Math.floor(time / 1000) | 0, 0x9e3779b1) >>> 20;
    if (times[slot] === time) return texts[slot] as string;
    const text = format(date);
    times[slot] = time;
    texts[slot] = text;
    return text;
  };
}

const dayText = cachedTimeText((date) => date.toISOString().slice(0, 10));
const timeText = cachedTimeText((date) => date.toISOString());

/** How a column's values become PostgreSQL text, chosen once per column rather than per value. */
export function converterFor(column: Column): ToText {
  if (column.type === "jsonb" || column.type === "json") return (v) => JSON.stringify(v);
  if (column.type.endsWith("[]"))
    return (v) => (Array.isArray(v) ? `{${v.map((e) => quoteElement(String(e))).join(",")}}` : String(v));
  if (column.type === "date") return (v) => (v instanceof Date ? dayText(v) : String(v));
  if (column.type.startsWith("timestamp")) return (v) => (v instanceof Date ? timeText(v) : String(v));
  if (column.type === "boolean") return (v) => (v ? "t" : "f");
  return textOf;
}

/**
 * Inserts many rows with one statement: each column travels as one array literal (a single text
 * parameter) and is unnested server-side, so the cost is per byte, not per value; a column holding
 * the same value in every row travels once. Missing values take the column's default. This is
 * what lets a 100,000-person seed (millions of transactions) finish in minutes.
 */
export async function insertRows(
  sql: SqlClient,
  table: string,
  columns: Map<string, Column>,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) names.add(key);
  const parameters: string[] = [];
  const unnested: string[] = [];
  const aliases: string[] = [];
  const selected: string[] = [];
  for (const name of names) {
    const column = columns.get(name);
    if (!column) throw new Error(`${table} has no column ${name}`);
    const isArray = column.type.endsWith("[]");
    const toText = converterFor(column);
    const texts = rows.map((row) => {
      const value = (row as Record<string, unknown>)[name];
      return value === undefined || value === null ? null : toText(value);
    });
    const first = texts[0] ?? null;
    const hasNulls = texts.includes(null);
    let expression: string;
    if (first !== null && texts.every((t) => t === first)) {
      parameters.push(first);
      expression = `$${parameters.length}::${column.type}`;
    } else {
      const bare = !isArray && UNQUOTED.test(column.type);
      parameters.push(`{${texts.map((t) => (t === null ? "NULL" : bare ? t : quoteElement(t))).join(",")}}`);
      unnested.push(`$${parameters.length}::${isArray ? "text" : column.type}[]`);
      aliases.push(quoteIdentifier(name));
      expression = isArray ? `u.${quoteIdentifier(name)}::${column.type}` : `u.${quoteIdentifier(name)}`;
    }
    if (hasNulls && column.notNull && column.defaultExpression) {
      expression = `COALESCE(${expression}, ${column.defaultExpression})`;
    }
    selected.push(expression);
  }
  const from = unnested.length > 0 ? ` FROM unnest(${unnested.join(", ")}) AS u(${aliases.join(", ")})` : "";
  const columnList = [...names].map(quoteIdentifier).join(", ");
  await sql.query(
    `INSERT INTO ${quoteIdentifier(table)} (${columnList}) SELECT ${selected.join(", ")}${from}`,
    parameters,
  );
}

import { toIsoDateOrNull } from "../kernel/calendar-date.ts";
import type { CsvColumn, CsvValue } from "./csv.ts";

/** What one field of an extract record holds: JSON scalars, dates as ISO strings, money as numbers. */
export type ExtractValue = string | number | boolean | null;

/** A field of an extract: the same name in JSON and as the CSV heading. */
export type ExtractField<R> =
  | { name: string; value: (row: R) => ExtractValue }
  /**
   * A short list of codes (a person's types): an array in JSON; in CSV one true/false column per
   * code (`<csvPrefix><code>`), so a loader never splits a cell.
   */
  | { name: string; codes: readonly string[]; csvPrefix: string; values: (row: R) => readonly string[] };

/** One extract record as a JSON line. */
export function jsonLine<R>(fields: readonly ExtractField<R>[], row: R): string {
  const record: Record<string, ExtractValue | readonly string[]> = {};
  for (const field of fields) record[field.name] = "codes" in field ? field.values(row) : field.value(row);
  return `${JSON.stringify(record)}\n`;
}

const csvValue = (value: ExtractValue): CsvValue => (typeof value === "boolean" ? String(value) : value);

/** The extract's fields as CSV columns (csv.ts writes them): scalars as they are, code lists as flags. */
export function csvColumnsOf<R>(fields: readonly ExtractField<R>[]): CsvColumn<R>[] {
  return fields.flatMap((field): CsvColumn<R>[] =>
    "codes" in field
      ? field.codes.map((code) => ({
          header: `${field.csvPrefix}${code}`,
          value: (row: R) => String(field.values(row).includes(code)),
        }))
      : [{ header: field.name, value: (row: R) => csvValue(field.value(row)) }],
  );
}

/** The CSV headings, for the documentation's example. */
export const csvHeaderOf = <R>(fields: readonly ExtractField<R>[]) =>
  csvColumnsOf(fields)
    .map((column) => column.header)
    .join(",");

/** Timestamps as ISO 8601 instants in UTC. */
export const instant = (value: Date | null): string | null => value?.toISOString() ?? null;

type Money = { toNumber(): number } | null;

/** Money as the API's finance answers speak it: a number of pounds. */
export const pounds = (value: Money): number | null => value?.toNumber() ?? null;

/** The columns that say when a record was created and last changed. */
export const recordStamps = ["createdAt", "modifiedAt"] as const;

/** The columns of a row type whose values are of type V. */
type ColumnsOf<R, V> = { [K in keyof R]-?: R[K] extends V ? K : never }[keyof R] & string;

/**
 * Fields for a row type that are each named after the column they hold, its value as the API speaks
 * it: as stored, a date (yyyy-mm-dd), an instant, or money in pounds.
 */
export function fieldsOf<R>() {
  const columnsAs =
    <V>(format: (value: V) => ExtractValue) =>
    (...columns: ColumnsOf<R, V>[]): ExtractField<R>[] =>
      columns.map((column) => ({ name: column, value: (row: R) => format(row[column] as V) }));
  return {
    asStored: columnsAs<ExtractValue>((value) => value),
    asDates: columnsAs<Date | null>(toIsoDateOrNull),
    asInstants: columnsAs<Date | null>(instant),
    inPounds: columnsAs<Money>(pounds),
  };
}

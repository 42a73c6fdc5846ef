/** What one CSV cell holds; null is an empty cell. */
export type CsvValue = string | number | null;

/** One column of an export: its heading and how a record fills it. */
export type CsvColumn<T> = { header: string; value: (record: T) => CsvValue };

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

/** Excel reads a file as UTF-8 only when it starts with the byte order mark. */
export const csvByteOrderMark = "\uFEFF";

// A spreadsheet runs a cell starting with one of these as a formula ("CSV injection", OWASP).
const formulaStart = /^[=+\-@\t\r]/;
const negativeNumber = /^-\d+(\.\d+)?$/;
const needsQuotes = /[",\r\n]/;

/** A cell's text: formula starters neutralised with a leading ', quoted per RFC 4180 when it must be. */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  const text =
    typeof value === "number" || !formulaStart.test(value) || negativeNumber.test(value) ? String(value) : `'${value}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record as a CSV line, ending CRLF as RFC 4180 asks. */
export function csvRow(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The byte order mark and the header row, then one line per record as each page of records arrives. */
export async function* csvLines<T>(
  columns: readonly CsvColumn<T>[],
  pages: AsyncIterable<readonly T[]>,
): AsyncGenerator<string> {
  yield csvByteOrderMark + csvRow(columns.map((column) => column.header));
  for await (const page of pages) {
    for (const record of page) yield csvRow(columns.map((column) => column.value(record)));
  }
}

import path from "node:path";
import { type CsvRecord, CsvSyntaxError, parseCsv } from "./csv-records.ts";
import { recordTypeList, type TImportRejection } from "./import-row.schemas.ts";

export type ImportFileFormat = "jsonl" | "csv";

/** A row as read, before its schema has seen it. CSV cells are all text until the schema says otherwise. */
export type RawImportRow = { line: number; fields: Record<string, unknown>; cellsAreText: boolean };

export type ImportFileContents = { rows: RawImportRow[]; rejections: TImportRejection[] };

const formatsByExtension: Record<string, ImportFileFormat> = { ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv" };

export function importFileFormat(fileName: string): ImportFileFormat | undefined {
  return formatsByExtension[path.extname(fileName).toLowerCase()];
}

export const supportedExtensions = Object.keys(formatsByExtension);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const fileRejection = (line: number, message: string): TImportRejection => ({
  line,
  recordType: null,
  path: "",
  message,
});

/** Reads a whole text at once: the incremental reader given one chunk. */
export function readImportText(text: string, format: ImportFileFormat): ImportFileContents {
  const reader = createRowReader(format);
  const first = reader.push(text);
  const last = reader.end();
  return { rows: [...first.rows, ...last.rows], rejections: [...first.rejections, ...last.rejections] };
}

/** Reads a file chunk by chunk: each push answers the rows the chunk completed; nothing else is kept. */
export type RowReader = { push(text: string): ImportFileContents; end(): ImportFileContents };

export function createRowReader(format: ImportFileFormat): RowReader {
  const split = createLineSplitter(format === "csv");
  const read = format === "csv" ? createCsvRecordReader() : readJsonLine;
  const readAll = (pieces: { line: number; text: string }[]): ImportFileContents => {
    const contents: ImportFileContents = { rows: [], rejections: [] };
    for (const piece of pieces) read(piece.line, piece.text, contents);
    return contents;
  };
  return { push: (text) => readAll(split.push(text)), end: () => readAll(split.end()) };
}

/**
 * Cuts text into lines (CSV: records, whose quoted cells may hold line breaks) with the line each
 * starts on; a leading byte order mark is not part of the data.
 */
const quote = 34;
const newline = 10;

function createLineSplitter(quotesSpanLines: boolean) {
  let pending = "";
  let pendingLine = 1;
  let lineBreaks = 0;
  let quotes = 0;
  let started = false;
  const cut = (text: string, final: boolean) => {
    const pieces: { line: number; text: string }[] = [];
    let from = 0;
    for (let index = 0; index < text.length; index += 1) {
      const char = text.charCodeAt(index);
      if (char === quote && quotesSpanLines) quotes += 1;
      if (char !== newline) continue;
      lineBreaks += 1;
      if (quotes % 2 !== 0) continue;
      pieces.push({ line: pendingLine, text: pending + text.slice(from, index + 1) });
      pending = "";
      from = index + 1;
      pendingLine += lineBreaks;
      lineBreaks = 0;
      quotes = 0;
    }
    pending += text.slice(from);
    if (final && pending !== "") pieces.push({ line: pendingLine, text: pending });
    return pieces;
  };
  return {
    push(text: string) {
      const body = !started && text.startsWith("\uFEFF") ? text.slice(1) : text;
      started ||= text.length > 0;
      return cut(body, false);
    },
    end: () => cut("", true),
  };
}

/** One JSON object a line; blank lines are skipped. */
function readJsonLine(line: number, source: string, into: ImportFileContents): void {
  if (source.trim() === "") return;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    into.rejections.push(fileRejection(line, `This line is not valid JSON (${(error as Error).message})`));
    return;
  }
  if (isPlainObject(value)) into.rows.push({ line, fields: value, cellsAreText: false });
  else into.rejections.push(fileRejection(line, 'Each line must be one JSON object, such as {"type":"person", …}'));
}

/**
 * A header row, then one record a row. A dotted header names a nested field (`charge.weeklyAmount`)
 * and a number in it an item of a list (`tenures.0.tenureId`); an empty cell is a field not sent.
 * After a header or syntax problem the rest of the file is not read: its rows could not be trusted.
 */
function createCsvRecordReader() {
  let columns: string[][] | undefined;
  let stopped = false;
  return (firstLine: number, text: string, into: ImportFileContents): void => {
    if (stopped) return;
    let records: CsvRecord[];
    try {
      records = parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      into.rejections.push(fileRejection(firstLine + error.line - 1, error.message));
      stopped = true;
      return;
    }
    for (const { line: relativeLine, cells } of records) {
      const line = firstLine + relativeLine - 1;
      if (!columns) {
        const problem = headerProblem(cells);
        if (problem) {
          into.rejections.push(fileRejection(line, problem));
          stopped = true;
          return;
        }
        columns = cells.map((name) => name.trim().split("."));
      } else readCsvRow(columns, line, cells, into);
    }
  };
}

function readCsvRow(columns: string[][], line: number, cells: string[], into: ImportFileContents): void {
  if (cells.length !== columns.length) {
    into.rejections.push(
      fileRejection(line, `This row has ${cells.length} cells but the header has ${columns.length}`),
    );
    return;
  }
  const fields: Record<string, unknown> = {};
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (cell !== "" && column) setPath(fields, column, cell);
  });
  into.rows.push({ line, fields, cellsAreText: true });
}

function headerProblem(names: string[]): string | undefined {
  const shape: Record<string, unknown> = {};
  for (const [index, name] of names.entries()) {
    const segments = name.trim().split(".");
    if (segments.includes("")) return `Column ${index + 1} of the header has no name (or an empty part between dots)`;
    try {
      setPath(shape, segments, name);
    } catch {
      return `The header column ${name.trim()} clashes with another: a field is a value, a group (group.field) or a list (list.0), once`;
    }
  }
  if (!("type" in shape) && !("recordType" in shape)) {
    return `The header needs a type column (${recordTypeList})`;
  }
  return undefined;
}

type Container = Record<string, unknown> | unknown[];
const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);
const read = (container: Container, key: string) =>
  Array.isArray(container) ? container[Number(key)] : container[key];

function write(container: Container, key: string, value: unknown): void {
  if (Array.isArray(container)) container[Number(key)] = value;
  else container[key] = value;
}

/** Puts a cell at its dotted path; throws when the path clashes with what is there (the header check relies on it). */
function setPath(target: Container, segments: readonly string[], value: string): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (Array.isArray(target) !== isIndex(head)) throw new Error(`${head} clashes with its siblings`);
  const current = read(target, head);
  if (rest.length === 0) {
    if (current !== undefined) throw new Error(`${head} is already set`);
    write(target, head, value);
    return;
  }
  const child = current ?? (isIndex(rest[0]) ? [] : {});
  if (!isPlainObject(child) && !Array.isArray(child)) throw new Error(`${head} is a value, not a group`);
  write(target, head, child);
  setPath(child, rest, value);
}

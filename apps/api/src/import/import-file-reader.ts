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

export function readImportText(text: string, format: ImportFileFormat): ImportFileContents {
  return format === "csv" ? readCsv(text) : readJsonLines(text);
}

/** One JSON object a line; blank lines are skipped. */
function readJsonLines(text: string): ImportFileContents {
  const rows: RawImportRow[] = [];
  const rejections: TImportRejection[] = [];
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((source, index) => {
    const line = index + 1;
    if (source.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      rejections.push(fileRejection(line, `This line is not valid JSON (${(error as Error).message})`));
      return;
    }
    if (isPlainObject(value)) rows.push({ line, fields: value, cellsAreText: false });
    else rejections.push(fileRejection(line, 'Each line must be one JSON object, such as {"type":"person", …}'));
  });
  return { rows, rejections };
}

/**
 * A header row, then one record a row. A dotted header names a nested field (`charge.weeklyAmount`)
 * and a number in it an item of a list (`tenures.0.tenureId`); an empty cell is a field not sent.
 */
function readCsv(text: string): ImportFileContents {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], rejections: [fileRejection(error.line, error.message)] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], rejections: [] };
  const problem = headerProblem(header.cells);
  if (problem) return { rows: [], rejections: [fileRejection(header.line, problem)] };
  const columns = header.cells.map((name) => name.trim().split("."));

  const rows: RawImportRow[] = [];
  const rejections: TImportRejection[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== columns.length) {
      rejections.push(fileRejection(line, `This row has ${cells.length} cells but the header has ${columns.length}`));
      continue;
    }
    const fields: Record<string, unknown> = {};
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (cell !== "" && column) setPath(fields, column, cell);
    });
    rows.push({ line, fields, cellsAreText: true });
  }
  return { rows, rejections };
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

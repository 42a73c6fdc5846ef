import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createRowReader, type ImportFileContents, type ImportFileFormat } from "./import-file-reader.ts";
import type { TImportRecord, TImportRejection } from "./import-row.schemas.ts";
import { validateImportRows } from "./validate-import-rows.ts";

// Chunks of the file as read; rows are handed on as each chunk completes them, so memory stays flat.
const chunkBytes = 1024 * 1024;

/** The file's bytes a chunk at a time, decoded as UTF-8 (throwing at the first byte that is not). */
async function* readFileText(file: string): AsyncGenerator<{ bytes: Buffer; text: string }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const bytes of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    yield { bytes, text: decoder.decode(bytes, { stream: true }) };
  }
  yield { bytes: Buffer.alloc(0), text: decoder.decode() };
}

export type ImportFileCheck = {
  sha256: string;
  /** The file's size, against which progress is measured. */
  bytes: number;
  /** Whether the file holds a row at all (a header alone or blank lines hold none). */
  holdsRows: boolean;
};

/**
 * A first look before the database is opened: the file's SHA-256 (to refuse a re-import before
 * anything is written), that it is UTF-8, and whether it holds a row. Rows are parsed only until
 * the first is found and none is validated: that is the import's one pass. Throws when the file
 * cannot be read or is not UTF-8.
 */
export async function checkImportFile(file: string, format: ImportFileFormat): Promise<ImportFileCheck> {
  const hash = createHash("sha256");
  const reader = createRowReader(format);
  const found = (contents: ImportFileContents) => contents.rows.length > 0 || contents.rejections.length > 0;
  let bytes = 0;
  let holdsRows = false;
  for await (const chunk of readFileText(file)) {
    hash.update(chunk.bytes);
    bytes += chunk.bytes.length;
    holdsRows ||= found(reader.push(chunk.text));
  }
  holdsRows ||= found(reader.end());
  return { sha256: hash.digest("hex"), bytes, holdsRows };
}

/** What reading the file has found so far. */
export type ImportFileReading = {
  /** Rows read, counting a rejected row once however many problems it has. */
  rowsRead: number;
  /** Rows that passed their schema. */
  validRows: number;
  /** The reader's and the schemas' rejections; in line order once the file is read to its end. */
  rejections: TImportRejection[];
};

/** Valid records in file order, and how far into the file (in bytes) reading had got when the batch was complete. */
export type ImportBatch = { records: TImportRecord[]; bytesRead: number };

export type ImportFileRead = { batches: AsyncIterable<ImportBatch>; reading: ImportFileReading };

/**
 * The import's one pass: every row read and checked against its schema, the valid records handed
 * on in batches of about `batchRows` while `reading` keeps count of the rows and their rejections.
 */
export function readImportFile(file: string, format: ImportFileFormat, batchRows: number): ImportFileRead {
  const reading: ImportFileReading = { rowsRead: 0, validRows: 0, rejections: [] };
  async function* batches(): AsyncGenerator<ImportBatch> {
    const reader = createRowReader(format);
    let records: TImportRecord[] = [];
    let bytesRead = 0;
    const take = (contents: ImportFileContents) => {
      const validated = validateImportRows(contents.rows);
      const problems = [...contents.rejections, ...validated.rejections];
      reading.validRows += validated.records.length;
      reading.rowsRead += validated.records.length + new Set(problems.map((rejection) => rejection.line)).size;
      reading.rejections.push(...problems);
      return validated.records;
    };
    for await (const chunk of readFileText(file)) {
      bytesRead += chunk.bytes.length;
      for (const record of take(reader.push(chunk.text))) {
        records.push(record);
        if (records.length >= batchRows) {
          yield { records, bytesRead };
          records = [];
        }
      }
    }
    records.push(...take(reader.end()));
    reading.rejections.sort((a, b) => a.line - b.line);
    if (records.length > 0) yield { records, bytesRead };
  }
  return { batches: batches(), reading };
}

/** Reads the file to its end, writing nothing: the rows' rejections by the reader and their schemas. */
export async function schemaRejections({ batches, reading }: ImportFileRead): Promise<TImportRejection[]> {
  const iterator = batches[Symbol.asyncIterator]();
  while (!(await iterator.next()).done) continue;
  return reading.rejections;
}

import { isUtf8 } from "node:buffer";
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

const notUtf8 = () => new Error("The file is not UTF-8 text");

/**
 * Checks bytes arriving in chunks are UTF-8 without decoding them; a character that a chunk's end
 * cuts short is carried into the next.
 */
function utf8Check(): { push(bytes: Buffer): void; end(): void } {
  let carried = Buffer.alloc(0);
  return {
    push(bytes) {
      const all = carried.length > 0 ? Buffer.concat([carried, bytes]) : bytes;
      const complete = completeLength(all);
      if (!isUtf8(all.subarray(0, complete))) throw notUtf8();
      carried = Buffer.from(all.subarray(complete));
    },
    end() {
      if (carried.length > 0) throw notUtf8();
    },
  };
}

/** How many of the bytes come before a multi-byte character that their end cuts short. */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    // Skip continuation bytes back to the character's first byte, which says how long it is.
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
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
 * anything is written), that it is UTF-8, and whether it holds a row. Text is decoded and rows
 * parsed only until the first is found, and none is validated: that is the import's one pass.
 * Throws when the file cannot be read or is not UTF-8.
 */
export async function checkImportFile(file: string, format: ImportFileFormat): Promise<ImportFileCheck> {
  const hash = createHash("sha256");
  const utf8 = utf8Check();
  const decoder = new TextDecoder("utf-8");
  const reader = createRowReader(format);
  const found = (contents: ImportFileContents) => contents.rows.length > 0 || contents.rejections.length > 0;
  let bytes = 0;
  let holdsRows = false;
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    utf8.push(chunk);
    holdsRows ||= found(reader.push(decoder.decode(chunk, { stream: true })));
  }
  utf8.end();
  holdsRows ||= found(reader.push(decoder.decode())) || found(reader.end());
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

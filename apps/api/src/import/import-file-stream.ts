import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createRowReader, type ImportFileContents, type ImportFileFormat } from "./import-file-reader.ts";
import type { TImportRecord, TImportRejection } from "./import-row.schemas.ts";
import { validateImportRows } from "./validate-import-rows.ts";

// Chunks of the file as read; rows are handed on as each chunk completes them, so memory stays flat.
const chunkBytes = 1024 * 1024;

/** The file's rows, a chunk's worth at a time, and the SHA-256 of its bytes once read to the end. */
async function* readFileRows(
  file: string,
  format: ImportFileFormat,
  hash?: ReturnType<typeof createHash>,
): AsyncGenerator<ImportFileContents> {
  const reader = createRowReader(format);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of createReadStream(file, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    hash?.update(chunk);
    yield reader.push(decoder.decode(chunk, { stream: true }));
  }
  const tail = decoder.decode();
  const rest = reader.push(tail);
  const last = reader.end();
  yield { rows: [...rest.rows, ...last.rows], rejections: [...rest.rejections, ...last.rejections] };
}

export type ImportFileScan = {
  sha256: string;
  /** Rows read, counting a rejected row once however many problems it has. */
  rowsRead: number;
  /** Rows that passed their schema. */
  validRows: number;
  /** The reader's and the schemas' rejections, in line order. */
  rejections: TImportRejection[];
};

/**
 * First pass: every row read and checked against its schema, nothing kept but the rejections, so
 * the database is opened only for a file whose every row is valid. Throws when the file cannot be
 * read or is not UTF-8.
 */
export async function scanImportFile(file: string, format: ImportFileFormat): Promise<ImportFileScan> {
  const hash = createHash("sha256");
  let validRows = 0;
  let rejectedRows = 0;
  const rejections: TImportRejection[] = [];
  for await (const contents of readFileRows(file, format, hash)) {
    const validated = validateImportRows(contents.rows);
    validRows += validated.records.length;
    const problems = [...contents.rejections, ...validated.rejections];
    rejectedRows += new Set(problems.map((rejection) => rejection.line)).size;
    rejections.push(...problems);
  }
  rejections.sort((a, b) => a.line - b.line);
  return { sha256: hash.digest("hex"), rowsRead: validRows + rejectedRows, validRows, rejections };
}

/** Second pass: the valid records again, in file order, in batches of about `batchRows`. */
export async function* readImportRecords(
  file: string,
  format: ImportFileFormat,
  batchRows: number,
): AsyncGenerator<TImportRecord[]> {
  let batch: TImportRecord[] = [];
  for await (const contents of readFileRows(file, format)) {
    for (const record of validateImportRows(contents.rows).records) {
      batch.push(record);
      if (batch.length >= batchRows) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

import { Readable } from "node:stream";
import { type CsvColumn, csvLines } from "./csv.ts";

type FailureLogger = { error(bindings: object, message: string): void };

/** Records read a page at a time: enough to keep a download moving, little enough to hold. */
export const exportPageSize = 500;

/** The pages of records an export writes, read one at a time so no result is ever held whole. */
export type RecordPages<T> = AsyncGenerator<readonly T[], void, undefined>;

/** Reads the first page now, and hands back the pages in order from the start. */
export async function withFirstPageRead<T>(pages: RecordPages<T>): Promise<RecordPages<T>> {
  const first = await pages.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* pages;
  })();
}

/** The lines as they are read; a failure part-way is logged with how many lines went out, then rethrown. */
export async function* loggingFailures(
  lines: AsyncIterable<string>,
  logger: FailureLogger,
  kind: string,
  format = "CSV",
): AsyncGenerator<string> {
  let rowsSent = format === "CSV" ? -1 : 0; // a CSV's header line is not a record
  try {
    for await (const line of lines) {
      yield line;
      rowsSent += 1;
    }
  } catch (error) {
    logger.error({ err: error, export: kind, rowsSent }, `${format} export failed part-way: the download was cut off`);
    throw error;
  }
}

/**
 * A CSV download as a stream. The first page is read before anything is sent, so a refusal or a
 * failure there is an ordinary error response; a failure after that is logged and rethrown, and the
 * server then cuts the connection, so a broken download never looks like a complete file.
 */
export async function streamCsvExport<T>(
  deps: { logger: FailureLogger },
  kind: string,
  columns: readonly CsvColumn<T>[],
  pages: RecordPages<T>,
): Promise<Readable> {
  const lines = csvLines(columns, await withFirstPageRead(pages));
  return Readable.from(loggingFailures(lines, deps.logger, kind));
}

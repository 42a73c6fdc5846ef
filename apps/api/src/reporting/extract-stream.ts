import { Readable } from "node:stream";
import type { DomainContext } from "../common/domain-context.ts";
import type { KeysetWindow } from "../kernel/keyset-window.ts";
import { csvLines } from "./csv.ts";
import { type RecordPages, loggingFailures, withFirstPageRead } from "./csv-export.ts";
import { type ExtractField, csvColumnsOf, jsonLine } from "./extract-fields.ts";
import type { TExtractQuery } from "./extract.schemas.ts";

/** Rows read a batch at a time: few enough queries for speed, little enough memory to hold. */
export const extractBatchSize = 2_000;

/** Lines written to the response in chunks of about this many characters, not one write a line. */
const chunkSize = 64 * 1024;

async function* inChunks(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = "";
  for await (const line of lines) {
    chunk += line;
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

export type ExtractContext = Pick<DomainContext, "db" | "actor" | "clock" | "logger">;

/** What an extract needs to be read: its keyset reader, the key of a row, and its fields. */
export type ExtractSource<R> = {
  entity: string;
  fields: readonly ExtractField<R>[];
  read(ctx: ExtractContext, window: KeysetWindow): Promise<R[]>;
  keyOf(row: R): string;
};

export type OpenedExtract = {
  /** The server's clock when the extract began (the clock that stamps modifiedAt): the loader's next modifiedSince. */
  asOf: Date;
  /** The key to send as `after` for the next page, when a page was asked for and more may follow. */
  nextAfter: string | undefined;
  body: Readable;
};

async function* keysetPages<R>(ctx: ExtractContext, source: ExtractSource<R>, query: TExtractQuery): RecordPages<R> {
  let after = query.after;
  for (;;) {
    const rows = await source.read(ctx, { after, modifiedSince: query.modifiedSince, take: extractBatchSize });
    const last = rows.at(-1);
    if (last === undefined) return;
    yield rows;
    if (rows.length < extractBatchSize) return;
    after = source.keyOf(last);
  }
}

/** One page of `limit` rows, read with one more to know whether another page follows. */
async function onePage<R>(ctx: ExtractContext, source: ExtractSource<R>, query: TExtractQuery, limit: number) {
  const rows = await source.read(ctx, { after: query.after, modifiedSince: query.modifiedSince, take: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextAfter = rows.length > limit && last !== undefined ? source.keyOf(last) : undefined;
  const pages = (async function* () {
    if (page.length > 0) yield page;
  })();
  return { pages, nextAfter };
}

async function* jsonLines<R>(fields: readonly ExtractField<R>[], pages: AsyncIterable<readonly R[]>) {
  for await (const page of pages) {
    for (const row of page) yield jsonLine(fields, row);
  }
}

/**
 * Opens an extract: the as-of instant, then the first batch (or the page) read before anything is
 * sent, so a failure there is an ordinary error response. The rest streams batch by batch as the
 * client reads (Readable.from waits for the response to drain; a closed connection stops the reads).
 */
export async function openExtract<R>(
  ctx: ExtractContext,
  source: ExtractSource<R>,
  query: TExtractQuery,
): Promise<OpenedExtract> {
  // The clock that stamps every change's modifiedAt (outbox/record-change.ts), so the loader's next
  // modifiedSince compares like with like.
  const asOf = ctx.clock.now();
  const { pages, nextAfter } =
    query.limit === undefined
      ? { pages: await withFirstPageRead(keysetPages(ctx, source, query)), nextAfter: undefined }
      : await onePage(ctx, source, query, query.limit);
  const lines = query.format === "csv" ? csvLines(csvColumnsOf(source.fields), pages) : jsonLines(source.fields, pages);
  const format = query.format === "csv" ? "CSV" : "JSON lines";
  return { asOf, nextAfter, body: Readable.from(inChunks(loggingFailures(lines, ctx.logger, source.entity, format))) };
}

import type { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import type { CsvColumn } from "./csv.ts";
import { type RecordPages, streamCsvExport } from "./csv-export.ts";

const columns: CsvColumn<string>[] = [{ header: "Name", value: (name) => name }];

async function readAll(stream: Readable): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** The pages given, then the failure if there is one, as an engine that breaks down would. */
async function* pagesThen(pages: string[][], failure?: Error): RecordPages<string> {
  for (const page of pages) yield page;
  if (failure) throw failure;
}

function recordingLogger() {
  return { error: vi.fn<(bindings: object, message: string) => void>() };
}

describe("streamCsvExport", () => {
  it("streams the header and every page's rows in order", async () => {
    const stream = await streamCsvExport(
      { logger: recordingLogger() },
      "persons",
      columns,
      pagesThen([["Ann", "Bo"], ["Cy"]]),
    );
    expect(await readAll(stream)).toBe("\uFEFFName\r\nAnn\r\nBo\r\nCy\r\n");
  });

  it("reads the first page before handing back the stream, so a failure there is an ordinary error", async () => {
    const logger = recordingLogger();
    const pages = pagesThen([], new Error("engine down"));
    await expect(streamCsvExport({ logger }, "persons", columns, pages)).rejects.toThrow("engine down");
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("reads no page past the first until the stream is read", async () => {
    const pagesRead: number[] = [];
    async function* pages(): RecordPages<string> {
      for (const page of [1, 2, 3]) {
        pagesRead.push(page);
        yield [`row ${page}`];
      }
    }
    const stream = await streamCsvExport({ logger: recordingLogger() }, "persons", columns, pages());
    expect(pagesRead).toEqual([1]);
    expect(await readAll(stream)).toBe("\uFEFFName\r\nrow 1\r\nrow 2\r\nrow 3\r\n");
    expect(pagesRead).toEqual([1, 2, 3]);
  });

  it("logs a failure part-way with how many rows went out, and ends the stream with the error", async () => {
    const logger = recordingLogger();
    const failure = new Error("engine down");
    const stream = await streamCsvExport({ logger }, "persons", columns, pagesThen([["Ann", "Bo"]], failure));
    await expect(readAll(stream)).rejects.toThrow("engine down");
    expect(logger.error).toHaveBeenCalledWith(
      { err: failure, export: "persons", rowsSent: 2 },
      expect.stringContaining("cut off"),
    );
  });
});

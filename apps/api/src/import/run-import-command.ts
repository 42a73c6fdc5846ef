import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { importFileFormat, supportedExtensions } from "./import-file-reader.ts";
import {
  checkImportFile,
  type ImportFileCheck,
  type ImportFileRead,
  type ImportFileReading,
  readImportFile,
  schemaRejections,
} from "./import-file-stream.ts";
import { createProgressReporter, type ProgressStream } from "./import-progress.ts";
import { type ImportDeps, type ImportOutcome, importBatchRows, importRecords } from "./import-records.ts";
import { formatSummary } from "./import-summary.ts";

export const importExitCodes = {
  imported: 0,
  rejected: 1,
  usage: 2,
  alreadyImported: 3,
  /** The database failed (not a row's fault); the transaction rolled back. */
  failed: 4,
} as const;

export const importUsage =
  "Usage: pnpm run import <file.jsonl | file.ndjson | file.csv> [--dry-run] [--report <rejections.jsonl>]";

const ZImportArguments = z.object({
  positionals: z.tuple([z.string().min(1)], { error: "Name one file to import" }),
  values: z.object({ "dry-run": z.boolean().default(false), report: z.string().min(1).optional() }),
});

export type ImportCommandIo = {
  /** Where relative paths are from: the folder the command was run in. */
  cwd: string;
  /** Summary and rejections. */
  out: (text: string) => void;
  progress: ProgressStream;
  /** Milliseconds, for the time taken and the rate. */
  now: () => number;
  ranBy: string;
};

/** The database is opened only for a readable file that holds rows; when it cannot be, the rows are still checked. */
export type OpenImportDeps = () => Promise<{ deps: ImportDeps; close(): Promise<void> }>;

/** `pnpm run import <file> [--dry-run] [--report <file>]`; answers the exit code. */
export async function runImportCommand(argv: string[], io: ImportCommandIo, openDeps: OpenImportDeps): Promise<number> {
  const parsed = parseArguments(argv);
  if (typeof parsed === "string") {
    io.out(`${parsed}\n${importUsage}\n`);
    return importExitCodes.usage;
  }
  const file = path.resolve(io.cwd, parsed.positionals[0]);
  const report = parsed.values.report && path.resolve(io.cwd, parsed.values.report);
  const format = importFileFormat(file);
  if (!format) {
    io.out(`Cannot tell the format of ${file}: use a file ending ${supportedExtensions.join(", ")}.\n`);
    return importExitCodes.usage;
  }
  const started = io.now();
  let check: ImportFileCheck;
  try {
    check = await checkImportFile(file, format);
  } catch (error) {
    io.out(`Cannot read ${file}: ${(error as Error).message}\n`);
    return importExitCodes.usage;
  }
  if (!check.holdsRows) {
    io.out(`${path.basename(file)} holds no rows: nothing to import.\n`);
    return importExitCodes.usage;
  }

  // Each pass over the file (a second when a row is refused) counts its rows afresh.
  let reading: ImportFileReading | undefined;
  const readFile = (): ImportFileRead => {
    const read = readImportFile(file, format, importBatchRows);
    reading = read.reading;
    return read;
  };
  const opened = await openDeps().catch(async (error: unknown) => {
    // Without the database (in use, unreachable) the rows are still checked against their
    // schemas: an invalid file is reported as it would be with it, a valid one fails as it did.
    const rejections = await schemaRejections(readFile());
    if (rejections.length === 0) throw error;
    return { rejections };
  });
  let outcome: ImportOutcome;
  if ("rejections" in opened) {
    outcome = { status: "invalid", rejections: opened.rejections };
  } else {
    const progress = createProgressReporter(io.progress, io.now);
    try {
      outcome = await importRecords(opened.deps, readFile, {
        source: { fileName: path.basename(file), format, sha256: check.sha256 },
        dryRun: parsed.values["dry-run"],
        ranBy: io.ranBy,
        onProgress: (rowsDone, bytesRead) => progress.update(rowsDone, bytesRead / check.bytes),
      });
    } finally {
      progress.finish();
      await opened.close();
    }
  }

  const rejections = "rejections" in outcome ? outcome.rejections : [];
  if (report) await writeFile(report, rejections.map((rejection) => `${JSON.stringify(rejection)}\n`).join(""));
  io.out(
    formatSummary({
      fileName: path.basename(file),
      // A file already imported is found by its SHA-256 before a row is read.
      rowsRead: outcome.status === "already-imported" ? undefined : reading?.rowsRead,
      elapsedMs: io.now() - started,
      outcome,
      reportFile: report,
    }),
  );
  if (outcome.status === "already-imported") return importExitCodes.alreadyImported;
  return rejections.length > 0 ? importExitCodes.rejected : importExitCodes.imported;
}

function parseArguments(argv: string[]): z.output<typeof ZImportArguments> | string {
  try {
    const parsed = ZImportArguments.safeParse(
      parseArgs({
        args: argv,
        allowPositionals: true,
        options: { "dry-run": { type: "boolean" }, report: { type: "string" } },
      }),
    );
    return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? "Check the arguments");
  } catch (error) {
    // node:util's parseArgs refuses unknown options and missing option values with a readable message.
    return (error as Error).message;
  }
}

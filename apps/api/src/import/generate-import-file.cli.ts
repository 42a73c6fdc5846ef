// Writes a fictional council file for trying or timing the import:
// pnpm --filter @housing/api exec tsx src/import/generate-import-file.cli.ts --rows 10000 --out /tmp/council.jsonl
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { generateImportRows, importFileRows, toCsv } from "./generate-import-file.ts";
import { importFileFormat } from "./import-file-reader.ts";

const ZOptions = z.object({
  rows: z.coerce.number().int().min(1, "Generate at least 1 row"),
  seed: z.coerce.number().int().default(1),
  out: z.string().refine((file) => importFileFormat(file) !== undefined, "Write a .jsonl, .ndjson or .csv file"),
});

const parsed = ZOptions.safeParse(
  parseArgs({ options: { rows: { type: "string" }, seed: { type: "string" }, out: { type: "string" } } }).values,
);
if (!parsed.success) {
  console.error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
  process.exit(2);
}
const { rows, seed, out } = parsed.data;
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), out);
if (importFileFormat(file) === "csv") {
  // The header names every column any row has, so a CSV file is built whole.
  await writeFile(file, toCsv(generateImportRows({ rows, seed })));
} else {
  const stream = createWriteStream(file);
  for (const row of importFileRows({ rows, seed })) {
    if (!stream.write(`${JSON.stringify(row)}\n`)) await once(stream, "drain");
  }
  stream.end();
  await once(stream, "finish");
}
console.log(`Wrote ${rows} rows to ${file}.`);

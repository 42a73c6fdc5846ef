import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkImportFile } from "./import-file-stream.ts";

// The first look reads a megabyte at a time: these files put a character across that boundary.
const chunk = 1024 * 1024;
const row = '{"type":"Person","firstName":"Zoë"}\n';

/** Lines of rows, padded so that the byte at `at` is where `bytes` go. */
function fileWith(bytes: Buffer, at: number): Buffer {
  const rows = Buffer.from(row.repeat(Math.ceil(at / Buffer.byteLength(row)) + 10));
  const head = Buffer.concat([Buffer.from(row), Buffer.alloc(at - Buffer.byteLength(row) - 1, " "), Buffer.from("\n")]);
  return Buffer.concat([head, bytes, Buffer.from("\n"), rows]);
}

describe("the import's first look at a file", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "import-first-look-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const check = async (name: string, contents: Buffer) => {
    const file = path.join(folder, name);
    await writeFile(file, contents);
    return checkImportFile(file, "jsonl");
  };

  it("takes characters that a chunk's end cuts short, and gives the file's size, SHA-256 and that it holds rows", async () => {
    for (const [offset, character] of [
      [1, "é"],
      [1, "€"],
      [2, "€"],
      [1, "😀"],
      [3, "😀"],
    ] as const) {
      const contents = fileWith(Buffer.from(`"${character}"`), chunk - offset);
      expect(await check(`cut-${offset}.jsonl`, contents)).toEqual({
        sha256: createHash("sha256").update(contents).digest("hex"),
        bytes: contents.length,
        holdsRows: true,
      });
    }
  });

  it("refuses a file that is not UTF-8 anywhere in it, long after its first row", async () => {
    for (const [name, bytes, at] of [
      ["stray-byte", Buffer.from([0xff]), chunk + chunk / 2],
      ["latin-1", Buffer.from("Zo\xeb", "latin1"), 3 * chunk],
      ["cut-at-a-chunk", Buffer.from([0xe2, 0x82]), chunk - 2],
      ["surrogate", Buffer.from([0xed, 0xa0, 0x80]), chunk - 1],
      ["overlong", Buffer.from([0xc0, 0xaf]), chunk + 10],
    ] as const) {
      await expect(check(`${name}.jsonl`, fileWith(bytes, at)), name).rejects.toThrow("The file is not UTF-8 text");
    }
    await expect(check("ends-cut.jsonl", Buffer.concat([Buffer.from(row), Buffer.from([0xf0, 0x9f])]))).rejects.toThrow(
      "The file is not UTF-8 text",
    );
  });
});

import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompress } from "./precompress.ts";

let dir = "";

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("precompress", () => {
  it("writes Brotli and gzip copies of the app's text files that decompress to the files themselves", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "precompress-"));
    await mkdir(path.join(dir, "assets"));
    const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(", ")}];\n`;
    await writeFile(path.join(dir, "assets", "index-abc.js"), script);
    await writeFile(path.join(dir, "index.html"), `<!doctype html><title>Staff app</title>${" ".repeat(2000)}`);

    expect(await precompress(dir)).toEqual(["assets/index-abc.js", "index.html"]);
    const original = await readFile(path.join(dir, "assets", "index-abc.js"));
    expect(brotliDecompressSync(await readFile(path.join(dir, "assets", "index-abc.js.br")))).toEqual(original);
    expect(gunzipSync(await readFile(path.join(dir, "assets", "index-abc.js.gz")))).toEqual(original);
  });

  it("leaves source maps, small files, binary assets and files that would not shrink as they are", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "precompress-"));
    await writeFile(path.join(dir, "index.js.map"), "x".repeat(5000));
    await writeFile(path.join(dir, "tiny.js"), "console.log(1);");
    await writeFile(path.join(dir, "font.woff2"), "y".repeat(5000));
    // Random bytes do not compress.
    await writeFile(path.join(dir, "noise.txt"), randomBytes(4096));

    expect(await precompress(dir)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(["font.woff2", "index.js.map", "noise.txt", "tiny.js"]);
  });
});

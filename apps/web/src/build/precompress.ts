import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text the browser downloads; source maps only reach developer tools, and images and fonts come compressed. */
const compressible = /\.(js|css|html|svg|json|txt)$/;
/** Below this, a compressed copy saves less than its headers cost. */
const minBytes = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of a built app,
 * once at build time at the best compression, for the server to send whichever the browser
 * accepts (@fastify/static's `preCompressed`). A copy no smaller than its file is not written.
 * Returns the files compressed, relative to `dir`.
 */
export async function precompress(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const compressed = await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      if (content.length < minBytes) return [];
      const copies = await Promise.all([
        brotli(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
        }).then((bytes) => ({ extension: ".br", bytes })),
        gzipped(content, { level: 9 }).then((bytes) => ({ extension: ".gz", bytes })),
      ]);
      const smaller = copies.filter(({ bytes }) => bytes.length < content.length);
      await Promise.all(smaller.map(({ extension, bytes }) => writeFile(`${file}${extension}`, bytes)));
      return smaller.length > 0 ? [path.relative(dir, file)] : [];
    }),
  );
  return compressed.flat().sort();
}

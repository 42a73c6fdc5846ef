import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { type Plugin, defineConfig } from "vite";
import { precompress } from "./src/build/precompress.ts";

const apiOrigin = process.env.API_ORIGIN ?? "http://localhost:3000";

/** Brotli and gzip copies of the built app, which the server sends to browsers that accept them. */
const precompressBuild = (): Plugin => ({
  name: "housing:precompress",
  apply: "build",
  async writeBundle(options) {
    if (options.dir) await precompress(options.dir);
  },
});

export default defineConfig({
  plugins: [react(), precompressBuild()],
  resolve: {
    alias: {
      // Lets the Sass build point govuk-frontend's asset urls at the package itself, so Vite
      // copies only the files actually referenced into dist/ (no CDN, no copied folders).
      "@govuk-frontend-assets": fileURLToPath(
        new URL("./node_modules/govuk-frontend/dist/govuk/assets", import.meta.url),
      ),
    },
  },
  css: {
    // govuk-frontend keeps an old IE-only media hack, "(min-width: 0\0)", that lightningcss cannot parse;
    // recovering drops just that rule, which no supported browser would apply anyway.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 still uses @import internally; its warnings are not ours to fix.
        quietDeps: true,
        silenceDeprecations: ["import", "global-builtin", "color-functions", "if-function"],
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      "/trpc": apiOrigin,
      "/api": apiOrigin,
    },
  },
  preview: {
    proxy: {
      "/trpc": apiOrigin,
      "/api": apiOrigin,
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
  },
});

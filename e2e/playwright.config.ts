import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { findFreePort } from "./support/free-port.ts";
import { createRunDatabase, runDatabaseServer } from "./support/run-database.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const isCI = Boolean(process.env.CI);

// Playwright loads this file again in every worker process; the runner picks the port and the data
// folder once and hands them to the workers through the environment they inherit.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(await findFreePort());
}
// A second origin, for the test of another team's browser app calling the API (CORS).
if (!process.env.E2E_PARTNER_PORT) {
  process.env.E2E_PARTNER_PORT = String(await findFreePort());
}
if (!process.env.E2E_DATA_DIR) {
  const freshDir = mkdtempSync(path.join(tmpdir(), "housing-e2e-"));
  process.env.E2E_DATA_DIR = freshDir;
  // "exit" comes after Playwright has stopped the server, so nothing is still writing to the folder.
  process.once("exit", () => rmSync(freshDir, { recursive: true, force: true }));
}
// With E2E_DATABASE_SERVER_URL the product runs on a database of this run's own on that PostgreSQL
// server, as a council runs it (CI's second pass does); support/drop-run-database.ts drops it.
const databaseServer = runDatabaseServer();
if (databaseServer && !process.env.E2E_DATABASE_URL) {
  process.env.E2E_DATABASE_URL = await createRunDatabase(databaseServer);
}
const port = Number(process.env.E2E_PORT);
const dataDir = process.env.E2E_DATA_DIR;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores: the browser and the server (embedded database included) share them.
  workers: 2,
  timeout: 30_000,
  expect: {
    timeout: 10_000,
    // Anti-aliasing may move a few pixels between runs; a changed layout moves far more.
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: "disabled", caret: "hide" },
  },
  globalTeardown: databaseServer ? "./support/drop-run-database.ts" : undefined,
  reporter: isCI ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]] : "list",
  use: {
    baseURL,
    timezoneId: "Europe/London",
    locale: "en-GB",
    // A trace snapshots the page at every step: recording one for every test took a fifth of a CI
    // pass here (sum of test times 520-568 s against 402 s), so CI records one when it retries a
    // failed test, which then shows what went wrong; a local run (no retries) keeps a failure's.
    trace: isCI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot run on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // Exactly what a newcomer runs: `pnpm start` builds the staff app, then starts the API on the
    // embedded database (or the run's own on a server, above), applying migrations and seeding demo
    // data into it. It does the build itself, so the root `test:e2e` script does not build first.
    command: "pnpm start",
    cwd: repoRoot,
    url: `${baseURL}/api/v1/healthcheck/ping`,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      // Blank counts as unset (apps/api/src/composition/env.ts): a developer's shell must not point the run at a
      // real database or search cluster; only a database made for this run is used.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      ELASTICSEARCH_URL: "",
      DEV_SIGN_IN: "true",
      SEED_DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      // The product's clock and the demo data's day (README); unset runs on today.
      DEMO_AS_OF: process.env.DEMO_AS_OF ?? "",
      // "localhost" is another origin than the staff app's 127.0.0.1 (cross-origin.spec.ts).
      CORS_ORIGINS: `http://localhost:${process.env.E2E_PARTNER_PORT}`,
    },
    // Never someone else's server: each run has its own port and its own fresh database.
    reuseExistingServer: false,
    // The first start builds, migrates and seeds.
    timeout: 240_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});

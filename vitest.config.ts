import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One worker per core, not Vitest's default of one fewer: the workers spend much of their time
    // waiting on PostgreSQL or on loading modules, and on a 2-core machine the default is a single
    // worker (integration 181 s with one, 127 s with two; unit 40 s and 29 s).
    maxWorkers: availableParallelism(),
    // Each project's worker keeps the modules it has loaded from one test file to the next instead
    // of loading them again for each (unit 29 s -> 6 s, integration 127 s -> 70 s): no test file
    // mocks a module or leaves a global changed. CI runs both suites once more with `--isolate`
    // (.ci/run), so a file that passes only after another has run still fails there.
    projects: [
      {
        test: {
          name: "unit",
          isolate: false,
          include: ["{apps,packages}/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          isolate: false,
          include: ["{apps,packages}/*/src/**/*.integration.test.ts"],
          globalSetup: ["packages/db/src/testing/test-database-global-setup.ts"],
          // Races and fuzzing on a loaded 2-core machine can pass 30 s without anything being wrong.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

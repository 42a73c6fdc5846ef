import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{apps,packages}/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
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

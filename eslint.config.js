import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { apiLayersPlugin } from "./eslint/api-layers.js";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.build/**",
      "**/generated/**",
      ".data/**",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // One direction of travel: the staff app never imports server code (types only, through AppRouter).
    files: ["apps/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@housing/db", "@housing/db/*", "@prisma/*"],
              message: "The staff app never touches the database.",
            },
            {
              group: ["@housing/api/*", "!@housing/api/app-router"],
              message: "Import only the AppRouter type from the API.",
            },
          ],
        },
      ],
    },
  },
  {
    // The kernel (shared vocabulary: clock, logger, errors, dates, names, address order) imports nothing of the app.
    files: ["apps/api/src/kernel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*"], message: "The kernel imports only packages and other kernel files." },
            {
              group: ["@housing/db", "@housing/db/*", "@prisma/*", "fastify", "@trpc/*"],
              message: "The kernel is pure vocabulary: no database, HTTP or tRPC.",
            },
          ],
        },
      ],
    },
  },
  {
    // No ring of folders: each folder of the API imports only the ones below it (kernel first,
    // composition last), and search engines import no domain.
    files: ["apps/api/src/**/*.ts"],
    plugins: { "api-layers": apiLayersPlugin },
    rules: { "api-layers/no-upward-import": "error" },
  },
  {
    // Operation tables and export declarations stay thin: Prisma belongs in a domain's repository module.
    files: ["apps/api/src/**/*.operations.ts", "apps/api/src/**/*.exports.ts", "apps/api/src/**/*.extracts.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@housing/db/client", "**/generated/prisma/*"],
              message: "Routers call domain functions, not Prisma.",
            },
            {
              group: ["**/*.repository.ts"],
              message: "Operations call domain functions, which call their repository.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);

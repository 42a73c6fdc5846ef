import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
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
    // Operation tables, tRPC routers and REST routes stay thin: Prisma belongs in a domain's repository module.
    files: ["apps/api/src/**/*.operations.ts", "apps/api/src/**/*.router.ts", "apps/api/src/**/*.routes.ts"],
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

// `pnpm run import <file> [--dry-run] [--report <file>]`: loads a council's records into the
// database `pnpm start` uses (DATABASE_URL, or the embedded one when the app is not running).
import { userInfo } from "node:os";
import { pino } from "pino";
import { z } from "zod";
import { DatabaseInUseError, openCliDatabase } from "../composition/cli-database.ts";
import { systemClock } from "../kernel/clock.ts";
import { readEnvOrExit } from "../composition/env.ts";
import { selectSearchEngine } from "../composition/select-search-engine.ts";
import { importExitCodes, runImportCommand } from "./run-import-command.ts";

const env = readEnvOrExit();
// pnpm runs the script in apps/api; INIT_CWD is where the user typed the command.
const cwd = z.string().min(1).optional().parse(process.env.INIT_CWD) ?? process.cwd();

async function main(): Promise<number> {
  return runImportCommand(
    process.argv.slice(2),
    {
      cwd,
      out: (text) => process.stdout.write(text),
      progress: process.stderr,
      now: () => performance.now(),
      ranBy: userInfo().username,
    },
    async () => {
      const { db, close } = await openCliDatabase(env, "pnpm run import");
      const logger = pino({ level: env.LOG_LEVEL }, pino.destination(2));
      return {
        deps: {
          db,
          clock: systemClock,
          logger,
          search: selectSearchEngine(db, env),
        },
        close,
      };
    },
  );
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error instanceof DatabaseInUseError ? error.message : error);
    console.error("Nothing was written.");
    process.exit(importExitCodes.failed);
  },
);

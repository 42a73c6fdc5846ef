import { TRPCError } from "@trpc/server";
import { describe, it } from "vitest";

/**
 * Races are proved on a PostgreSQL server only: the embedded database runs every transaction on
 * one connection, one after another, so a check-then-act bug would pass there unseen.
 */
export const onRealPostgres = describe.runIf(Boolean(process.env.TEST_DATABASE_URL));
/** One test of a file that otherwise runs anywhere, run on a PostgreSQL server only. */
export const itOnRealPostgres = it.runIf(Boolean(process.env.TEST_DATABASE_URL));

if (!process.env.TEST_DATABASE_URL) {
  console.warn("Tests of races skipped: set TEST_DATABASE_URL to a PostgreSQL server (CI does) to run them.");
}

/** Every result of requests started together, in the order they were started. */
export async function inParallel<T>(count: number, request: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => request(index)));
}

/** "ok", or the tRPC code a refused call answered with and the fields it named. */
export const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => {
      if (!(error instanceof TRPCError)) return String(error);
      const fields = (error.cause as { details?: { fieldErrors?: { path: string }[] } } | undefined)?.details
        ?.fieldErrors;
      return fields ? `${error.code} ${fields.map((f) => f.path).join(",")}` : error.code;
    },
  );

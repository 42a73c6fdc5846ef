import { z } from "zod";
import { Prisma } from "./generated/prisma/client.ts";

// Prisma's codes for a transaction that could not start or finish in its time (P2028) and for one
// ended to break a write conflict or a deadlock (P2034).
const busyPrismaCodes = new Set(["P2028", "P2034"]);
// PostgreSQL's: a lock not had within lock_timeout, a deadlock broken, a serialisation failure.
const busyPostgresCodes = new Set(["55P03", "40P01", "40001"]);

const ZPostgresCause = z.object({ kind: z.literal("postgres"), code: z.string() });
const ZRawQueryMeta = z.object({ driverAdapterError: z.object({ cause: ZPostgresCause }) });

/** The PostgreSQL error code under a Prisma error: a raw query's (P2010) or a model query's adapter error. */
function postgresCodeOf(error: unknown): string | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError)
    return ZRawQueryMeta.safeParse(error.meta).data?.driverAdapterError.cause.code;
  if (error instanceof Error && error.name === "DriverAdapterError")
    return ZPostgresCause.safeParse(error.cause).data?.code;
  return undefined;
}

/**
 * Whether a statement or transaction failed because other work held what it needed (a lock not had
 * in time, a deadlock, a transaction out of time): it was rolled back whole and may succeed if tried
 * again, so it is no fault of the request's nor a bug.
 */
export function isBusyDatabaseError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && busyPrismaCodes.has(error.code)) return true;
  const code = postgresCodeOf(error);
  return code !== undefined && busyPostgresCodes.has(code);
}

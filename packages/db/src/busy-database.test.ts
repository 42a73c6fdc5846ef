import { describe, expect, it } from "vitest";
import { isBusyDatabaseError } from "./busy-database.ts";
import { Prisma } from "./generated/prisma/client.ts";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "test", meta });
const postgresCause = (code: string) => ({ kind: "postgres", code, message: "canceling statement" });
function adapterError(code: string): Error {
  const error = new Error("canceling statement due to lock timeout", { cause: postgresCause(code) });
  error.name = "DriverAdapterError";
  return error;
}

describe("a database too busy to finish a request", () => {
  it.each([
    ["a transaction out of its time", known("P2028")],
    ["a write conflict or deadlock Prisma names", known("P2034")],
    ["a raw query's lock timeout", known("P2010", { driverAdapterError: { cause: postgresCause("55P03") } })],
    ["a model query's deadlock", adapterError("40P01")],
    ["a serialisation failure", adapterError("40001")],
  ])("is %s", (_name, error) => {
    expect(isBusyDatabaseError(error)).toBe(true);
  });

  it.each([
    ["a unique key's refusal", known("P2002")],
    ["a raw query's syntax error", known("P2010", { driverAdapterError: { cause: postgresCause("42601") } })],
    ["a model query's foreign key refusal", adapterError("23503")],
    ["any other error", new Error("lock timeout")],
    ["not an error", "55P03"],
  ])("is not %s", (_name, error) => {
    expect(isBusyDatabaseError(error)).toBe(false);
  });
});

import { Prisma } from "./generated/prisma/client.ts";
import { z } from "zod";

const ZUniqueViolationMeta = z.object({
  driverAdapterError: z.object({
    cause: z.object({ table: z.string(), constraint: z.object({ index: z.string() }) }),
  }),
});

/**
 * The field a unique key refused a write for ("id" when the record's id is taken), or undefined when
 * the error is anything else. Domain writes check their own unique references first, so in practice
 * this is an id a client sends twice or that the database already holds.
 */
export function uniqueViolationField(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return undefined;
  const parsed = ZUniqueViolationMeta.safeParse(error.meta);
  if (!parsed.success) return "id";
  const { table, constraint } = parsed.data.driverAdapterError.cause;
  // Prisma names keys Table_pkey and Table_field_key.
  return constraint.index === `${table}_pkey` ? "id" : constraint.index.replace(`${table}_`, "").replace(/_key$/, "");
}

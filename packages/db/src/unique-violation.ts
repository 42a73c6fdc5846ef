import { Prisma } from "./generated/prisma/client.ts";
import { z } from "zod";

const ZUniqueViolationMeta = z.object({
  driverAdapterError: z.object({
    cause: z.object({ table: z.string(), constraint: z.object({ index: z.string() }) }),
  }),
});

/** The partial unique indexes of prisma/database-rules.sql, by the API field whose rule each holds. */
const partialUniqueKeyFields: Record<string, string> = {
  ContactDetail_one_default_per_area_key: "sourceServiceArea.isDefault",
  SuspenseResolution_one_open_proposal_key: "transactionId",
  SuspenseResolution_one_approval_key: "resolutionId",
};

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
  const partialKeyField = partialUniqueKeyFields[constraint.index];
  if (partialKeyField) return partialKeyField;
  // Prisma names keys Table_pkey and Table_field_key.
  return constraint.index === `${table}_pkey` ? "id" : constraint.index.replace(`${table}_`, "").replace(/_key$/, "");
}

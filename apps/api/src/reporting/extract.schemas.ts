import { idField } from "@housing/schemas/primitives";
import { z } from "zod";

/** The most records one page of an extract holds; without `limit` the whole extract streams. */
export const maxExtractLimit = 10_000;

export const extractFormats = ["jsonl", "csv"] as const;
export type TExtractFormat = (typeof extractFormats)[number];

/** The `after` of an extract whose records have a UUID id. */
export const ZRecordCursor = idField("Send the id of the last record you received (a UUID)");

const uuidText = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
/** The `after` of the household-members extract, whose id is `<tenureId>:<personId>`. */
export const ZMembershipCursor = z
  .string()
  .regex(new RegExp(`^${uuidText}:${uuidText}$`), "Send the id of the last member you received (tenureId:personId)")
  .transform((value) => value.toLowerCase());

/** An extract's query: the format, the incremental window and the keyset page. */
export function extractQuery(cursor: z.ZodType<string, string>) {
  return z.strictObject({
    format: z
      .enum(extractFormats, { error: "Use jsonl or csv" })
      .default("jsonl")
      .meta({ description: "jsonl (the default): one JSON object a line. csv: a header row, then one row a record" }),
    modifiedSince: z.iso
      .datetime({ offset: true, error: "Send an ISO 8601 date-time with its offset, e.g. 2026-12-01T06:00:00Z" })
      .transform((value) => new Date(value))
      .optional()
      .meta({
        description:
          "Only records whose modifiedAt is at or after this instant (inclusive, >=). Pass the X-Extract-As-Of of your previous load, a few minutes earlier",
      }),
    after: cursor.optional().meta({
      description: "Keyset paging: the id of the last record of the previous page; records come in id order",
    }),
    limit: z.coerce
      .number({ error: `Send the limit as a whole number from 1 to ${maxExtractLimit}` })
      .int(`Send the limit as a whole number from 1 to ${maxExtractLimit}`)
      .min(1, "The limit starts at 1")
      .max(
        maxExtractLimit,
        `The limit is at most ${maxExtractLimit}: page with after, or leave limit out to stream all`,
      )
      .optional()
      .meta({
        description: `One page of at most this many records (1–${maxExtractLimit}), with a Link rel="next" header when more may follow; without it the whole extract streams`,
      }),
  });
}

export type TExtractQuery = z.output<ReturnType<typeof extractQuery>>;

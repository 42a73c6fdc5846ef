import { z } from "zod";

/**
 * The deepest page any list reads. Past it a page only costs the database a long skip (and was a 500
 * at 2^53); the Elasticsearch engine stops earlier still, at its first 10,000 matches. Bulk readers
 * use a search's cursor instead.
 */
export const maxPage = 10_000;

/** A 1-based page number, at most `maxPage`. */
export const ZPageNumber = z.coerce
  .number({ error: "Send the page as a whole number" })
  .int("Send the page as a whole number")
  .min(1, "Page starts at 1")
  .max(maxPage, `Page must be ${maxPage} or lower: narrow the search, or read every match with the cursor`);

/** A page of results: 1-based page and a bounded page size. */
export const ZPageInput = z.object({
  page: ZPageNumber.default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "Page size must be 100 or fewer").default(12),
});

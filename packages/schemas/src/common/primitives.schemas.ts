import { z } from "zod";

// The primitives every schema shares: a record's id, the version a change is based on, a page of a list.

/** A UUID, refused with `error`: for an id field that says more than "the id" ("Enter a tenure id"). */
export function idField(error: string) {
  return z.guid(error);
}

/** A record's id, sent or answered. */
export const ZId = idField("The id must be a UUID");

/** One record, named by its id. */
export const ZIdInput = z.strictObject({ id: ZId });

function versionSeen(first: 0 | 1) {
  return z.coerce.number().int().min(first, "Send the version you last saw");
}

/** The version of the record last read: a change based on an older one is refused. */
export const ZVersion = versionSeen(1);

/** The version last read of a record that may not have been saved yet: 0 before its first save. */
export const ZVersionOrZero = versionSeen(0);

/** A change to one record: its id, the version last read, and the changes. */
export function versionedChange<T extends z.ZodType>(data: T) {
  return z.strictObject({ id: ZId, version: ZVersion, data });
}

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

/** A page of a list: the 1-based page and a bounded page size. */
export const pageFields = {
  page: ZPageNumber.default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, "Show at least 1 result")
    .max(100, "Show at most 100 results a page")
    .default(12),
};

export const ZPageInput = z.object(pageFields);

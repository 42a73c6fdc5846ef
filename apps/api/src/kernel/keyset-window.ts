/** What one keyset read of a bulk extract asks for: records after a key, changed since an instant, at most `take`. */
export type KeysetWindow = { after: string | undefined; modifiedSince: Date | undefined; take: number };

/**
 * The window as a filter on a table with an `id` and a `modifiedAt`: records after the key, changed
 * at or after the instant (>=). Read in id order, each batch is one range read on the primary key.
 */
export function keysetWhere(window: KeysetWindow) {
  return {
    ...(window.after === undefined ? {} : { id: { gt: window.after } }),
    ...(window.modifiedSince === undefined ? {} : { modifiedAt: { gte: window.modifiedSince } }),
  };
}

/** The whole keyset read of one batch: the window's records in id order, at most `take` of them. */
export function keysetRead(window: KeysetWindow) {
  return { where: keysetWhere(window), orderBy: { id: "asc" as const }, take: window.take };
}

/** The row type of a keyset batch reader: one element of what it answers. */
export type KeysetBatchRow<Read extends (...args: never[]) => Promise<readonly unknown[]>> = Awaited<
  ReturnType<Read>
>[number];

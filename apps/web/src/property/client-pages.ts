/** One page of a list already in the browser. */
export type TClientPage<TItem> = {
  items: TItem[];
  /** The page shown, after clamping to the pages there are (1-based). */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  from: number;
  to: number;
};

/**
 * The page of a list the address asks for: a page number that is missing, not a number, or past the
 * end shows the nearest real page instead of an empty list.
 */
export function clientPage<TItem>(
  all: readonly TItem[],
  requested: string | null,
  pageSize: number,
): TClientPage<TItem> {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const asked = Number.parseInt(requested ?? "", 10);
  const page = Number.isNaN(asked) ? 1 : Math.min(Math.max(asked, 1), pageCount);
  const start = (page - 1) * pageSize;
  const items = all.slice(start, start + pageSize);
  return { items, page, pageCount, from: items.length === 0 ? 0 : start + 1, to: start + items.length };
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "Items 1–12 of 57 results": where this page sits in the whole result set. */
export function itemsRangeText(page: number, pageSize: number, total: number): string {
  const results = `${total} ${total === 1 ? "result" : "results"}`;
  const first = (page - 1) * pageSize + 1;
  if (total === 0 || first > total) return results;
  const last = Math.min(page * pageSize, total);
  return first === last ? `Item ${first} of ${results}` : `Items ${first}–${last} of ${results}`;
}

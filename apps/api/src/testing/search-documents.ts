import type { SearchDocumentRecord } from "../search/search-engine.port.ts";

/** A search document whose only content is `words` in a field of `weight`, sorted by `sortText` (its id by default). */
export const documentOfWords = (
  id: string,
  words: readonly string[],
  options: { weight: number; sortText?: string },
): SearchDocumentRecord => ({
  id,
  document: { id },
  terms: words.map((term) => ({ term, weight: options.weight })),
  sortText: options.sortText ?? id,
  sortNumber: null,
  sortSubNumber: null,
  sortDate: null,
  sortAmount: null,
  types: [],
  isActive: null,
});

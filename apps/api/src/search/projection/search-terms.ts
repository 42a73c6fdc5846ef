import type { SearchTermRecord } from "../search-engine.port.ts";
import { fullNameTerm, postcodeWords, searchWords } from "../search-text.ts";

/** How much a word counts by the field it came from: identifiers above names above addresses. */
export const fieldWeight = { identifier: 10, name: 5, address: 3, other: 1 } as const;

/**
 * Collects a document's words, keeping the highest weight of each; with `everyWeight`, a word
 * found in several fields is kept once for each field's weight, so that a search restricted to
 * some fields (`SearchQuery.termWeights`) still finds it in each of them.
 */
export class TermCollector {
  private readonly terms = new Map<string, SearchTermRecord>();

  constructor(private readonly options: { everyWeight?: boolean } = {}) {}

  add(text: string | number | null | undefined, weight: number): this {
    if (text === null || text === undefined) return this;
    const words = searchWords(String(text));
    for (const word of [...words, ...postcodeWords(words)]) this.put({ term: word, weight });
    return this;
  }

  /** A first name and surname, in that order, as one term (`fullNameTerm`), besides their words. */
  addFullName(firstName: string | null | undefined, surname: string | null | undefined, weight: number): this {
    const first = searchWords(firstName);
    const last = searchWords(surname);
    if (first.length === 0 || last.length === 0) return this;
    this.put({ term: fullNameTerm([...first, ...last]), weight });
    return this;
  }

  /** One whole value as a single word (a reference, a UPRN, an email), besides its parts. */
  addWhole(text: string | null | undefined, weight: number, contactDetailId?: string): this {
    if (!text) return this;
    this.put({ term: text.trim().toLowerCase(), weight, ...(contactDetailId ? { contactDetailId } : {}) });
    return this;
  }

  private put(record: SearchTermRecord): void {
    const key = `${record.term}\u0000${record.contactDetailId ?? ""}\u0000${this.options.everyWeight ? record.weight : ""}`;
    const existing = this.terms.get(key);
    if (!existing || existing.weight < record.weight) this.terms.set(key, record);
  }

  list(): SearchTermRecord[] {
    return [...this.terms.values()];
  }
}

/** A phone number is found however it is typed: 07700 900123, +44 7700 900123 or 447700900123. */
export function phoneNumberForms(e164: string): string[] {
  const digits = e164.replace(/\D/g, "");
  return digits.startsWith("44") ? [digits, `0${digits.slice(2)}`] : [digits];
}

import { type Db, queryPlannedOnce } from "@housing/db/client";
import type { SearchQuery, SearchVisibility } from "../search-engine.port.ts";
import { type QueryTerm, contactDetailTerms, isHouseNumber } from "../search-text.ts";
import type { PostgresPlan } from "./to-postgres-query.ts";
import {
  type PlanRow,
  type VocabularyLookups,
  commonTermPostings,
  mayFindThroughPrefixWords,
  toPlanQuery,
} from "./to-plan-query.ts";

/**
 * The words that only add to the score of documents the other words find: common words, and a
 * house or flat number when a rarer word names the street or block ("Flat 60, Kestrel Heights":
 * "60" is in a thousand addresses, "kestrel" finds the right ones and "60" ranks the flat first).
 */
export function scoreOnlyWords(words: readonly string[], postings: readonly number[]): boolean[] {
  const common = postings.map((count) => count >= commonTermPostings);
  const named = words.some((word, i) => !common[i] && !isHouseNumber(word));
  return words.map((word, i) => common[i] === true || (named && isHouseNumber(word)));
}

/**
 * One word that cannot be misspelt, is no prefix of letters and looks for no contact detail (a
 * postcode, a reference, a number) has nothing to plan: alone, it finds documents however common it
 * is. The main query then reads the generation itself, and the search is one round trip. A short
 * prefix of letters is planned for the few words it starts (see prefixWords in to-plan-query).
 */
const needsPlan = (query: Pick<SearchQuery, "index" | "terms">) =>
  query.terms.length > 1 || query.terms.some(needsLookUp) || mayMatchContactDetails(query);

/** A word whose near spellings, or the indexed words it starts, are looked up in the vocabulary. */
const needsLookUp = (term: QueryTerm) => term.maxTypos > 0 || mayFindThroughPrefixWords(term);

/** Person searches with words of a phone number or an email also look in contact details. */
const mayMatchContactDetails = ({ index, terms }: Pick<SearchQuery, "index" | "terms">) =>
  index === "persons" && contactDetailTerms(terms).length > 0;

/** Each word's postings as last counted (undefined when not within the hour); a term that only ranks (a full name) counts as common. */
const knownPostings = (query: PlanQuery, commonWords: CommonWords) =>
  query.terms.map((term, i) => (term.ranksOnly === true ? commonTermPostings : commonWords.get(query, i)));

type PlanQuery = Pick<SearchQuery, "index" | "terms" | "termWeights">;

/**
 * How many documents words were in when last counted, up to the common-word cutoff ("flat",
 * "road", "london" reach it; "falkland" does not).
 * Counting a common word reads thousands of index entries and documents, the dearest part of a
 * search (at 1,000,000 persons GIN reads all 300,000 postings of "road" before the count can stop:
 * tens of milliseconds); counting a rarer one is still most of planning an address (a few
 * milliseconds at 100,000 persons, where the search itself takes one). The answer changes over
 * months, not minutes: it is kept for an hour after the count, or until this engine rebuilds the
 * index, so a word that crosses the cutoff meanwhile keeps its old part (common words only rank;
 * rarer ones also find) until then.
 */
export class CommonWords {
  private readonly counted = new Map<string, { postings: number; until: number }>();
  private static readonly keepMs = 60 * 60_000;
  private static readonly maxWords = 10_000;

  private static key(query: PlanQuery, i: number): string {
    const term = query.terms[i];
    return JSON.stringify([query.index, query.termWeights ?? null, term?.term, term?.allowPrefix, term?.maxTypos]);
  }

  /** The query's word `i`'s postings as counted within the hour; undefined when it must be counted. */
  get(query: PlanQuery, i: number): number | undefined {
    const entry = this.counted.get(CommonWords.key(query, i));
    return entry && entry.until > Date.now() ? entry.postings : undefined;
  }

  /** Each word's postings just counted; undefined for a word not counted. */
  remember(query: PlanQuery, postings: readonly (number | undefined)[]): void {
    if (this.counted.size > CommonWords.maxWords) this.counted.clear();
    postings.forEach((count, i) => {
      if (count !== undefined)
        this.counted.set(CommonWords.key(query, i), { postings: count, until: Date.now() + CommonWords.keepMs });
    });
  }

  forget(): void {
    this.counted.clear();
  }
}

/**
 * Each word's look-ups on the vocabulary (its near spellings, the indexed words it is the start of)
 * with the version of the vocabulary they were made at, which the plan query uses while the
 * vocabulary is still at that version. Unlike a word's count, a look-up cannot be kept for a time:
 * a near spelling indexed since and left out would be a resident not found. Looking a word up was
 * half of planning an address at 100,000 persons and, for a word with thousands of trigram
 * neighbours, over 10 ms.
 */
export class VocabularyLookupsByWord {
  private readonly lookups = new Map<string, VocabularyLookups>();
  private static readonly maxWords = 10_000;

  private static key(term: QueryTerm): string {
    return JSON.stringify([term.term, term.allowPrefix, term.maxTypos]);
  }

  get(term: QueryTerm): VocabularyLookups | undefined {
    return this.lookups.get(VocabularyLookupsByWord.key(term));
  }

  remember(term: QueryTerm, lookups: VocabularyLookups): void {
    if (this.lookups.size > VocabularyLookupsByWord.maxWords) this.lookups.clear();
    this.lookups.set(VocabularyLookupsByWord.key(term), lookups);
  }
}

/** What an engine remembers from one plan to the next. */
export type PlanMemory = { commonWords: CommonWords; lookups: VocabularyLookupsByWord };

export const newPlanMemory = (): PlanMemory => ({
  commonWords: new CommonWords(),
  lookups: new VocabularyLookupsByWord(),
});

/**
 * The generation to read, each word's near spellings and whether it is common, and the contact
 * details whose words match the query and which the caller may see: the same ownership and consent
 * rule as the contact-details API, so search never leaks a number or email. One round trip, and a
 * second only when some contact detail matches.
 */
export async function planSearch(
  db: Db,
  query: PlanQuery,
  visibility: SearchVisibility,
  { commonWords, lookups }: PlanMemory,
): Promise<PostgresPlan> {
  if (!needsPlan(query)) return { generation: "active", fuzzy: [[]], contactIds: [] };
  // Alone, a word finds documents however common (see needsPlan); a full name only ranks.
  const known = knownPostings(query, commonWords);
  const counted = query.terms.map((_, i) => query.terms.length > 1 && known[i] === undefined);
  const remembered = query.terms.map((term) => lookups.get(term));
  const sql = toPlanQuery(query, commonTermPostings, counted, remembered);
  const { rows } = await queryPlannedOnce<PlanRow>(db, sql.text, sql.values);
  rows.forEach(({ vocabulary, fuzzy, prefixWords }, i) => {
    const term = query.terms[i];
    if (term) lookups.remember(term, { vocabulary, fuzzy, prefixWords });
  });
  const postings = rows.map((row, i) => row.postings ?? known[i] ?? 0);
  commonWords.remember(
    query,
    postings.map((count, i) => (counted[i] === true ? count : undefined)),
  );
  const contactIds = [...new Set(rows.flatMap((row) => row.contactIds))].slice(0, 1000);
  return {
    generation: rows[0]?.generation ?? 1,
    fuzzy: rows.map((row) => row.fuzzy),
    prefixWords: rows.map((row) => row.prefixWords),
    common: onlyScoring(query, postings),
    contactIds: await visibility.visibleContactDetails(contactIds),
  };
}

/** Which words only score, by their postings; a term that only ranks (a full name) never finds documents the words do not. */
const onlyScoring = (query: PlanQuery, postings: readonly number[]) =>
  scoreOnlyWords(
    query.terms.map((t) => t.term),
    postings,
  ).map((scoreOnly, i) => scoreOnly || query.terms[i]?.ranksOnly === true);

/**
 * The plan `planSearch` would make, when this engine remembers all of it: each word's count
 * (within its hour) and its vocabulary look-ups, all made at one version of the vocabulary (the
 * plan's `vocabulary`, absent when no word needs a look-up). The main query then reads the
 * generation itself and finds nothing unless the vocabulary is still at that version, checked in
 * its own snapshot before any document is read: a search repeated, or of words already searched
 * for, is one round trip instead of two. Undefined when some part must be asked of the database,
 * and for a query that may match contact details, whose visibility is checked each time.
 */
export function rememberedPlan(query: PlanQuery, { commonWords, lookups }: PlanMemory): PostgresPlan | undefined {
  if (!needsPlan(query) || mayMatchContactDetails(query)) return undefined;
  // As planSearch counts: a word of a longer query is counted when not known.
  const known = knownPostings(query, commonWords);
  if (query.terms.length > 1 && known.some((count) => count === undefined)) return undefined;
  let vocabulary: string | undefined;
  const fuzzy: string[][] = [];
  const prefixWords: (string[] | null)[] = [];
  for (const term of query.terms) {
    const lookedUp = lookups.get(term);
    if (needsLookUp(term)) {
      if (!lookedUp || (vocabulary !== undefined && lookedUp.vocabulary !== vocabulary)) return undefined;
      vocabulary = lookedUp.vocabulary;
      fuzzy.push(lookedUp.fuzzy);
      prefixWords.push(lookedUp.prefixWords);
    } else {
      fuzzy.push([]);
      prefixWords.push(null);
    }
  }
  const plan: PostgresPlan = {
    generation: "active",
    fuzzy,
    prefixWords,
    common: onlyScoring(
      query,
      known.map((count) => count ?? 0),
    ),
    contactIds: [],
  };
  return vocabulary === undefined ? plan : { ...plan, vocabulary };
}

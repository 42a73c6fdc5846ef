import { type Db, poolOf } from "@housing/db/client";
import type { SearchQuery, SearchVisibility } from "../search-engine.port.ts";
import { isHouseNumber } from "../search-text.ts";
import type { PostgresPlan } from "./to-postgres-query.ts";
import { type PlanRow, commonTermPostings, toPlanQuery } from "./to-plan-query.ts";

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
 * The generation to read, each word's near spellings and whether it is common, and the contact
 * details whose words match the query and which the caller may see: the same ownership and consent
 * rule as the contact-details API, so search never leaks a number or email. One round trip, and a
 * second only when some contact detail matches.
 */
export async function planSearch(
  db: Db,
  query: Pick<SearchQuery, "index" | "terms" | "termWeights">,
  visibility: SearchVisibility,
): Promise<PostgresPlan> {
  const sql = toPlanQuery(query);
  const { rows } = await poolOf(db).query<PlanRow>(sql.text, sql.values);
  const contactIds = [...new Set(rows.flatMap((row) => row.contactIds))].slice(0, 1000);
  return {
    generation: rows[0]?.generation ?? 1,
    fuzzy: rows.map((row) => row.fuzzy),
    // A term that only ranks (a full name) never finds documents the words do not.
    common: scoreOnlyWords(
      query.terms.map((t) => t.term),
      rows.map((row) => row.postings),
    ).map((scoreOnly, i) => scoreOnly || query.terms[i]?.ranksOnly === true),
    contactIds: await visibility.visibleContactDetails(contactIds),
  };
}

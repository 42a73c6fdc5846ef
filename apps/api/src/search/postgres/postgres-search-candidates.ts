import type { Db } from "@housing/db/client";
import { fromIsoDate } from "../../common/calendar-date.ts";
import { filterVisibleActiveContactDetailIds } from "../../contact-details/contact-details.repository.ts";
import type { SearchIndexName, SearchVisibility } from "../search-engine.port.ts";
import type { QueryTerm } from "../search-text.ts";
import { toContactCandidatesQuery } from "./to-postgres-query.ts";

/** Indexed words within each query word's typo allowance, found through the vocabulary's trigrams. */
export async function fuzzyVocabulary(db: Db, terms: readonly QueryTerm[]): Promise<string[][]> {
  return Promise.all(
    terms.map(async ({ term, maxTypos }) => {
      if (maxTypos === 0) return [];
      const rows = await db.$queryRaw<{ term: string }[]>`
        SELECT term FROM "SearchVocabulary"
        WHERE term % ${term} AND term <> ${term} AND levenshtein(term, ${term}) <= ${maxTypos}
        ORDER BY levenshtein(term, ${term}), term
        LIMIT 25`;
      return rows.map((row) => row.term);
    }),
  );
}

/**
 * Contact details whose words match the query and which the caller may see: the same ownership
 * and consent rule as the contact-details API, so search never leaks a number or email.
 */
export async function visibleContactCandidates(
  db: Db,
  index: SearchIndexName,
  generation: number,
  terms: readonly QueryTerm[],
  fuzzy: readonly string[][],
  visibility: SearchVisibility,
): Promise<string[]> {
  if (index !== "persons" || terms.length === 0) return [];
  const sql = toContactCandidatesQuery(index, terms, { generation, fuzzy });
  const rows = await db.$queryRawUnsafe<{ contactDetailId: string }[]>(sql.text, ...sql.values);
  return filterVisibleActiveContactDetailIds(
    db,
    rows.map((row) => row.contactDetailId),
    visibility.serviceAreas,
    fromIsoDate(visibility.today),
  );
}

import type { Db } from "@housing/db/client";
import { fromIsoDate } from "../../common/calendar-date.ts";
import { filterVisibleActiveContactDetailIds } from "../../contact-details/contact-details.repository.ts";
import type { SearchQuery, SearchVisibility } from "../search-engine.port.ts";
import { type PlanRow, type PostgresPlan, commonTermPostings, toPlanQuery } from "./to-postgres-query.ts";

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
  const rows = await db.$queryRawUnsafe<PlanRow[]>(sql.text, ...sql.values);
  const contactIds = [...new Set(rows.flatMap((row) => row.contactIds))].slice(0, 1000);
  return {
    generation: rows[0]?.generation ?? 1,
    fuzzy: rows.map((row) => row.fuzzy),
    common: rows.map((row) => row.postings >= commonTermPostings),
    contactIds: await filterVisibleActiveContactDetailIds(
      db,
      contactIds,
      visibility.serviceAreas,
      fromIsoDate(visibility.today),
    ),
  };
}

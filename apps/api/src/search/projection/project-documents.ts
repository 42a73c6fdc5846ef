import type { DbClient } from "@housing/db/client";
import type { SearchDocumentRecord, SearchIndexName } from "../search-engine.port.ts";
import { projectAccount } from "./account-projection.ts";
import { projectAsset } from "./asset-projection.ts";
import { projectPerson } from "./person-projection.ts";
import {
  loadAccountsForSearch,
  loadAssetsForSearch,
  loadPersonsForSearch,
  loadSearchableContactDetails,
  loadTenuresForSearch,
} from "./projection.repository.ts";
import { projectTenure } from "./tenure-projection.ts";

/**
 * The one place search documents are made, from the tables as they are now: the live indexer and a
 * full rebuild both call it, so both engines index exactly the same documents. Ids that no longer
 * exist come back as removals.
 */
export async function projectDocuments(
  db: DbClient,
  index: SearchIndexName,
  ids: readonly string[],
  today: string,
): Promise<{ upserts: SearchDocumentRecord[]; removals: string[] }> {
  if (ids.length === 0) return { upserts: [], removals: [] };
  let upserts: SearchDocumentRecord[];
  if (index === "persons") {
    const [persons, contacts] = await Promise.all([
      loadPersonsForSearch(db, ids),
      loadSearchableContactDetails(db, ids),
    ]);
    upserts = persons.map((person) =>
      projectPerson(
        person,
        contacts.filter((c) => c.targetId === person.id),
        today,
      ),
    );
  } else if (index === "assets") {
    upserts = (await loadAssetsForSearch(db, ids)).map((asset) => projectAsset(asset, today));
  } else if (index === "tenures") {
    upserts = (await loadTenuresForSearch(db, ids)).map((tenure) => projectTenure(tenure, today));
  } else {
    upserts = (await loadAccountsForSearch(db, ids)).map((account) => projectAccount(account, today));
  }
  const found = new Set(upserts.map((doc) => doc.id));
  return { upserts, removals: ids.filter((id) => !found.has(id)) };
}

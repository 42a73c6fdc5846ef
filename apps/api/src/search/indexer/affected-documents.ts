import type { DbClient } from "@housing/db/client";
import {
  findAssetNeighbours,
  findPersonNeighbours,
  findRentAccountIds,
  findRentAccountTenures,
  findTenureNeighbours,
  personIdsAmong,
} from "../projection/projection.repository.ts";
import type { SearchIndexName } from "../search-engine.port.ts";

export type OutboxEvent = { sourceDomain: string; entityId: string; oldData: unknown; newData: unknown };
export type AffectedDocuments = Record<SearchIndexName, Set<string>>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idsIn(data: unknown, field: string): string[] {
  if (!data || typeof data !== "object") return [];
  const value = (data as Record<string, unknown>)[field];
  return typeof value === "string" && uuidPattern.test(value) ? [value] : [];
}

const fromBoth = (event: OutboxEvent, field: string) => [
  ...idsIn(event.oldData, field),
  ...idsIn(event.newData, field),
];

/**
 * Every search document an event can change: the entity's own, and every document that shows
 * something of it (a person's name appears on their tenures and properties; an address on the
 * persons living there; an estate's name on its blocks and dwellings). A rent account shows its
 * tenure, the tenure's property and household, so whatever changes one of those tenures also
 * changes its account's document; a transaction changes the account's balance.
 */
export async function affectedDocuments(db: DbClient, events: readonly OutboxEvent[]): Promise<AffectedDocuments> {
  const persons = new Set<string>();
  const tenures = new Set<string>();
  const assets = new Set<string>();
  const rentAccounts = new Set<string>();
  const contactTargets = new Set<string>();

  for (const event of events) {
    const own = { person: persons, tenure: tenures, asset: assets, finance: rentAccounts }[event.sourceDomain];
    own?.add(event.entityId);
    fromBoth(event, "personId").forEach((id) => persons.add(id));
    fromBoth(event, "tenureId").forEach((id) => tenures.add(id));
    fromBoth(event, "assetId").forEach((id) => assets.add(id));
    fromBoth(event, "rentAccountId").forEach((id) => rentAccounts.add(id));
    fromBoth(event, "targetId").forEach((id) => contactTargets.add(id));
  }
  for (const id of await personIdsAmong(db, [...contactTargets])) persons.add(id);
  for (const id of await findRentAccountTenures(db, [...rentAccounts])) tenures.add(id);

  const [ofPersons, ofTenures, ofAssets] = await Promise.all([
    findPersonNeighbours(db, [...persons]),
    findTenureNeighbours(db, [...tenures]),
    findAssetNeighbours(db, [...assets]),
  ]);
  const affectedTenures = new Set([...tenures, ...ofPersons.tenureIds, ...ofAssets.tenureIds]);
  return {
    persons: new Set([...persons, ...ofTenures.personIds, ...ofAssets.personIds]),
    tenures: affectedTenures,
    assets: new Set([...assets, ...ofPersons.assetIds, ...ofTenures.assetIds, ...ofAssets.assetIds]),
    accounts: new Set(await findRentAccountIds(db, { ids: [...rentAccounts], tenureIds: [...affectedTenures] })),
  };
}

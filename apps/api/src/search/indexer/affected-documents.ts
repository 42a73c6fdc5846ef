import type { DbClient } from "@housing/db/client";
import { type TDomainEvent, ZDomainEvent } from "@housing/schemas/events";
import {
  findAssetNeighbours,
  findPersonNeighbours,
  findRentAccountIds,
  findRentAccountTenures,
  findTenureNeighbours,
  personIdsAmong,
} from "../projection/projection.repository.ts";
import type { SearchIndexName } from "../search-engine.port.ts";

export type OutboxEvent = {
  eventType: string;
  sourceDomain: string;
  entityId: string;
  oldData: unknown;
  newData: unknown;
};
export type AffectedDocuments = Record<SearchIndexName, Set<string>>;

type Id = string | null | undefined;
/** The records an event names besides its own entity, by what they are. */
type References = { persons?: Id[]; tenures?: Id[]; assets?: Id[]; rentAccounts?: Id[]; contactTargets?: Id[] };

function referencesOf(event: TDomainEvent): References {
  switch (event.eventType) {
    case "PersonCreatedEvent":
    case "PersonUpdatedEvent":
    case "AssetCreatedEvent":
    case "AssetUpdatedEvent":
    case "TenureUpdatedEvent":
    case "SuspenseMatchProposedEvent":
    case "SuspenseMatchRejectedEvent":
    case "DataImportedEvent":
      return {};
    // What an event names before and after: an addition has no before, a removal no after.
    case "ContactDetailAddedEvent":
    case "ContactDetailConsentGrantedEvent":
    case "ContactDetailUpdatedEvent":
    case "ContactDetailDeactivatedEvent":
    case "ContactDetailConsentRevokedEvent":
      return { contactTargets: [event.oldData?.targetId, event.newData?.targetId] };
    case "CautionaryAlertRaisedEvent":
    case "CautionaryAlertEndedEvent":
      return { [`${event.newData.targetType}s`]: [event.newData.targetId] };
    case "TenureCreatedEvent":
      return { assets: [event.newData.assetId] };
    case "HouseholdMemberAddedEvent":
    case "HouseholdMemberUpdatedEvent":
    case "HouseholdMemberRemovedEvent":
      return { persons: [event.oldData?.personId, event.newData?.personId] };
    case "RentAccountCreatedEvent":
    case "ChargeAddedEvent":
    case "ChargeEndedEvent":
    case "TransactionRecordedEvent":
    case "SuspensePaymentRecordedEvent":
    case "SuspenseMatchApprovedEvent":
      return { rentAccounts: [event.newData.rentAccountId], tenures: [event.newData.tenureId] };
    default:
      return unhandled(event);
  }
}

function unhandled(event: never): never {
  throw new Error(`No search documents are known for ${JSON.stringify(event)}`);
}

/** An event the union does not describe (none is written today) still changes its own document. */
export function referencesIn(event: OutboxEvent): References {
  const parsed = ZDomainEvent.safeParse(event);
  return parsed.success ? referencesOf(parsed.data) : {};
}

const addAll = (target: Set<string>, ids: Id[] | undefined) => {
  for (const id of ids ?? []) if (id) target.add(id);
};

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
    const references = referencesIn(event);
    addAll(persons, references.persons);
    addAll(tenures, references.tenures);
    addAll(assets, references.assets);
    addAll(rentAccounts, references.rentAccounts);
    addAll(contactTargets, references.contactTargets);
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

import type { PersonType } from "../generated/prisma/client.ts";
import { addBlockAlerts } from "./asset-alerts.ts";
import { createDemoBatch, createDemoContext, type DemoBatch } from "./demo-context.ts";
import { createPropertyRegister, type PropertyRun } from "./generate-estates.ts";
import type { OccupancyState } from "./generate-households.ts";
import { addOrganisations } from "./generate-organisations.ts";
import { createHousingOfficers } from "./generate-persons.ts";
import { occupyDwelling } from "./occupy-dwelling.ts";
import { demoDataActor } from "./reference-data.ts";

export type DemoGeneration = {
  /** Persons in all, housing officers included. */
  scale: number;
  seed: number;
  /** Day number (days since 1970-01-01, UTC) the data is current on. */
  asOf: number;
  /** A batch is handed over once it holds at least this many persons (and only whole runs). */
  batchSize: number;
};

/** How many of the `scale` persons are housing officers rather than residents. */
export function housingOfficersFor(scale: number): number {
  return scale < 10 ? 0 : Math.min(20, Math.max(3, Math.round(scale / 200)));
}

const PERSON_TYPE_ORDER: readonly PersonType[] = ["Tenant", "Leaseholder", "Freeholder", "HouseholdMember", "Occupant"];

/** Person types follow from household membership: every membership's person-tenure type, once. */
function assignPersonTypes(batch: DemoBatch): void {
  const types = new Map<string, Set<PersonType>>();
  for (const member of batch.householdMembers) {
    const set = types.get(member.personId) ?? new Set<PersonType>();
    set.add(member.personTenureType);
    types.set(member.personId, set);
  }
  for (const person of batch.persons) {
    const set = person.id ? types.get(person.id) : undefined;
    if (set) person.personTypes = PERSON_TYPE_ORDER.filter((t) => set.has(t));
  }
}

/** Keeps only the dwellings that were let or left void, and the blocks and estate above them. */
function assetsInUse(run: PropertyRun, occupied: number): PropertyRun["assets"] {
  if (occupied >= run.dwellings.length) return run.assets;
  const kept = new Set(run.dwellings.slice(0, occupied).map((d) => d.row.id));
  const parents = new Set(run.dwellings.slice(0, occupied).map((d) => d.row.parentId));
  const estates = new Set(run.assets.filter((a) => parents.has(a.id)).map((a) => a.parentId));
  return run.assets.filter((a) => kept.has(a.id) || parents.has(a.id) || estates.has(a.id));
}

/**
 * The demo rows, batch by batch, without touching a database. Same seed and scale give the same
 * estates, blocks, homes, households, tenures, accounts and suspense payments on any as-of day;
 * only their dates move with it (and the count of weekly charges and payments, which follows the
 * calendar).
 */
export function* generateDemoBatches(options: DemoGeneration): Generator<DemoBatch, void, undefined> {
  const ctx = createDemoContext(options.seed, options.asOf, demoDataActor);
  let batch = createDemoBatch();
  const housingOfficers = housingOfficersFor(options.scale);
  createHousingOfficers(ctx, batch, housingOfficers);
  addOrganisations(ctx, batch, Math.min(40, Math.max(6, Math.round(options.scale / 2_000))));

  const register = createPropertyRegister(ctx);
  const state: OccupancyState = { movers: [], remaining: options.scale - housingOfficers };
  const handOver = (): DemoBatch => {
    assignPersonTypes(batch);
    const full = batch;
    batch = createDemoBatch();
    return full;
  };
  while (state.remaining > 0) {
    const run = register.nextRun();
    let occupied = 0;
    for (const dwelling of run.dwellings) {
      if (state.remaining <= 0) break;
      occupyDwelling(ctx, batch, dwelling, state);
      occupied++;
    }
    // Movers are rehoused within their own estate or street, so a batch (whole runs) is
    // complete in itself and the data does not depend on the batch size.
    state.movers = [];
    const assets = assetsInUse(run, occupied);
    batch.assets.push(...assets);
    addBlockAlerts(ctx, batch, assets);
    if (batch.persons.length >= options.batchSize) yield handOver();
  }
  yield handOver();
}

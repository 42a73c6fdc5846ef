import type { TenureKind } from "../generated/prisma/client.ts";
import { addDwellingAlert } from "./asset-alerts.ts";
import { dateOf } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import type { Dwelling } from "./generate-estates.ts";
import {
  addHouseholdRecords,
  createHousehold,
  leadAge,
  YEAR,
  type Household,
  type OccupancyState,
} from "./generate-households.ts";
import { addTenure } from "./generate-tenures.ts";
import { rentGroupByKind, tenureKindByCode, tenureTypeWeights, terminationReasons } from "./reference-data.ts";

/** The tenure a dwelling is let on as of today, with the household holding it. */
type CurrentLetting = { code: string; startDay: number; household: Household; isMover: boolean };

/** Lets a dwelling: maybe an ended tenure first, then (unless void) the current one with its household. */
export function occupyDwelling(ctx: DemoContext, batch: DemoBatch, dwelling: Dwelling, state: OccupancyState): void {
  const { random, asOf } = ctx;
  const isVoid = random.chance(0.03);
  const current = !isVoid && state.remaining > 0 ? currentLetting(ctx, batch, dwelling, state) : null;
  const latestEnd = current ? current.startDay - random.int(7, 120) : asOf - random.int(7, 200);
  let lastKind: TenureKind | null = null;
  if (state.remaining > 0 && random.chance(isVoid ? 0.7 : 0.12) && latestEnd - 180 > asOf - 40 * YEAR) {
    lastKind = addEndedTenure(ctx, batch, dwelling, state, latestEnd);
  }
  if (current) lastKind = addCurrentTenure(ctx, batch, dwelling, current);
  const row = dwelling.row;
  row.isVoid = !current;
  row.isLettable = lastKind !== "Leasehold" && lastKind !== "Freehold";
  row.isRightToBuy = current?.code === "LEA" || current?.code === "FRE";
  row.rentGroup = rentGroupByKind[lastKind ?? "Tenancy"];
  addDwellingAlert(ctx, batch, row.id);
}

/** Sometimes a household moved out of the estate or street weeks ago is rehoused here; else a new one. */
function currentLetting(ctx: DemoContext, batch: DemoBatch, dwelling: Dwelling, state: OccupancyState): CurrentLetting {
  const { random, asOf } = ctx;
  const moverIndex = state.movers.findIndex((m) => m.endDay < asOf - 20);
  const mover = moverIndex >= 0 && random.chance(0.3) ? state.movers.splice(moverIndex, 1)[0] : undefined;
  if (mover) return { code: "SEC", startDay: mover.endDay + random.int(1, 14), household: mover, isMover: true };
  const code = random.weighted(tenureTypeWeights[dwelling.kind]);
  const kind = tenureKindByCode.get(code) ?? "Other";
  const age = leadAge(ctx, kind);
  const earliest = Math.max(asOf - 45 * YEAR, asOf - (age - 18) * YEAR);
  const startDay =
    code === "INT"
      ? asOf - random.int(14, 364)
      : kind === "Licence"
        ? asOf - random.int(14, 5 * YEAR)
        : code === "FTT"
          ? asOf - random.int(30, 10 * YEAR)
          : random.int(Math.min(earliest, asOf - 400), asOf - 400);
  return { code, startDay, household: createHousehold(ctx, batch, state, kind, startDay, age), isMover: false };
}

/**
 * A tenure that ended on `latestEnd` (its household died, left, or moved and waits to be rehoused
 * nearby) with that household's records. Returns the tenure's kind.
 */
function addEndedTenure(
  ctx: DemoContext,
  batch: DemoBatch,
  dwelling: Dwelling,
  state: OccupancyState,
  latestEnd: number,
): TenureKind {
  const { random, asOf } = ctx;
  const code = random.weighted(tenureTypeWeights[dwelling.kind]);
  const kind = tenureKindByCode.get(code) ?? "Other";
  const startDay = random.int(Math.max(asOf - 40 * YEAR, latestEnd - 15 * YEAR), latestEnd - 180);
  const age = Math.floor((asOf - startDay) / YEAR) + random.int(20, 60);
  const deceased = age > 80 && random.chance(0.5);
  const moved = !deceased && kind === "Tenancy" && random.chance(0.35);
  const reason = deceased
    ? "Deceased"
    : random.weighted([...(moved ? terminationReasons.moved : terminationReasons.left)]);
  const household = createHousehold(ctx, batch, state, kind, startDay, Math.min(age, 99));
  if (deceased) household.lead.row.dateOfDeath = dateOf(latestEnd - random.int(0, 28));
  addTenure(ctx, batch, dwelling, { code, startDay, endDay: latestEnd, reason }, household);
  addHouseholdRecords(ctx, batch, household, null, {
    sinceDay: startDay,
    elsewhere: !deceased && !moved && random.chance(0.5),
    contacts: !deceased,
  });
  if (moved && latestEnd < asOf - 20) state.movers.push({ ...household, endDay: latestEnd });
  return kind;
}

/** The current tenure, and its household's records unless they came with a rehoused mover. Returns its kind. */
function addCurrentTenure(ctx: DemoContext, batch: DemoBatch, dwelling: Dwelling, current: CurrentLetting): TenureKind {
  const kind = tenureKindByCode.get(current.code) ?? "Other";
  const { code, startDay, household } = current;
  addTenure(ctx, batch, dwelling, { code, startDay, endDay: null, reason: null }, household);
  // A rehoused mover already has their records from the first tenure.
  if (!current.isMover) {
    addHouseholdRecords(ctx, batch, household, dwelling, {
      sinceDay: startDay,
      elsewhere: kind === "Leasehold" && ctx.random.chance(0.4),
      contacts: true,
    });
  }
  return kind;
}

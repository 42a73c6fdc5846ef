import type { TenureKind } from "../generated/prisma/client.ts";
import { yearsBefore } from "./calendar.ts";
import type { DemoBatch, DemoContext } from "./demo-context.ts";
import { addResidentContactDetails } from "./generate-contact-details.ts";
import type { Dwelling } from "./generate-estates.ts";
import { addPersonRecords } from "./generate-person-records.ts";
import { createResident, pickOrigin, type Resident } from "./generate-persons.ts";
import type { Origin } from "./names.ts";
import { weightedInt } from "./random.ts";

/** A household whose tenure ended by a transfer, waiting (within the batch) to be rehoused. */
export type Mover = Household & { endDay: number };

export type OccupancyState = {
  movers: Mover[];
  /** Persons still to create; generation stops at zero. */
  remaining: number;
};

export type Household = { lead: Resident; joint: Resident | null; members: Resident[] };

export const YEAR = 365;

const reasonByKind: Readonly<Record<TenureKind, string>> = {
  Tenancy: "New tenancy sign-up",
  Leasehold: "Leaseholder registered on purchase",
  Freehold: "Freeholder registered on purchase",
  Licence: "Placed in temporary accommodation",
  Other: "Use and occupation (mesne profits)",
};

export function leadAge(ctx: DemoContext, kind: TenureKind): number {
  const { random } = ctx;
  if (kind === "Licence")
    return weightedInt(random, [
      [18, 29, 4],
      [30, 49, 4],
      [50, 69, 1],
    ]);
  return weightedInt(random, [
    [20, 29, 2],
    [30, 49, 4],
    [50, 69, 3],
    [70, 92, 2],
  ]);
}

export function createHousehold(
  ctx: DemoContext,
  batch: DemoBatch,
  state: OccupancyState,
  kind: TenureKind,
  startDay: number,
  age: number,
): Household {
  const { random } = ctx;
  const origin: Origin = pickOrigin(ctx);
  const person = (spec: { age: number; surname?: string; sex?: "female" | "male"; reason: string }) => {
    state.remaining--;
    const createdDay = Math.max(startDay, yearsBefore(ctx.asOf, spec.age) + 1);
    return createResident(ctx, batch, { origin, createdDay: Math.min(createdDay, ctx.asOf), ...spec });
  };
  const lead = person({ age, reason: reasonByKind[kind] });
  const surname = lead.row.surname;
  let joint: Resident | null = null;
  if (state.remaining > 0 && kind !== "Other" && kind !== "Licence" && random.chance(0.3)) {
    const partnerAge = Math.max(18, age + random.int(-6, 6));
    joint = person({
      age: partnerAge,
      sex: lead.sex === "female" ? "male" : "female",
      surname: random.chance(0.7) ? surname : undefined,
      reason: reasonByKind[kind],
    });
  }
  const members: Resident[] = [];
  const childCount =
    kind === "Other" || age > 62
      ? 0
      : kind === "Licence"
        ? random.weighted([
            [0, 3],
            [1, 3],
            [2, 3],
            [3, 1],
          ] as const)
        : random.weighted([
            [0, 5],
            [1, 2],
            [2, 2],
            [3, 1],
            [4, 0.3],
          ] as const);
  for (let i = 0; i < childCount && state.remaining > 0; i++) {
    members.push(person({ age: random.int(0, Math.min(17, age - 18)), surname, reason: "Added to household" }));
  }
  if (age >= 40 && kind === "Tenancy" && state.remaining > 0 && random.chance(0.15)) {
    members.push(person({ age: random.int(18, age - 20), surname, reason: "Added to household" }));
  }
  if (age < 55 && state.remaining > 0 && random.chance(0.03)) {
    members.push(person({ age: Math.min(95, age + random.int(20, 30)), surname, reason: "Added to household" }));
  }
  return { lead, joint, members };
}

export function addHouseholdRecords(
  ctx: DemoContext,
  batch: DemoBatch,
  household: Household,
  home: Dwelling | null,
  options: { sinceDay: number; elsewhere: boolean; contacts: boolean },
): void {
  for (const resident of [household.lead, ...(household.joint ? [household.joint] : []), ...household.members]) {
    addPersonRecords(ctx, batch, resident);
    if (!resident.isAdult || !options.contacts) continue;
    const address = home ? { lines: home.lines, postCode: home.postCode, uprn: home.uprn } : null;
    addResidentContactDetails(ctx, batch, resident, {
      home: address,
      correspondenceElsewhere: options.elsewhere && resident === household.lead,
      sinceDay: options.sinceDay,
    });
  }
}

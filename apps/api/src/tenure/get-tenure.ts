import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { TTenure } from "@housing/schemas/tenure";
import type { Clock } from "../kernel/clock.ts";
import { found } from "../kernel/app-error.ts";
import { findTenureById, membershipTypesOf, tenureIdExists } from "./tenure.repository.ts";
import { toTenure } from "./tenure-view.ts";

export async function getTenure(deps: { db: DbClient; clock: Clock }, id: string): Promise<TTenure> {
  const row = found("tenure", id, await findTenureById(deps.db, id));
  return toTenure(row, todayIsoDate(deps.clock.now()));
}

/** The person tenure types a person holds across their household memberships. */
export function personTenureTypesOf(db: DbClient, personId: string) {
  return membershipTypesOf(db, personId);
}

/** Whether a tenure has this id; other domains check a reference through this, not the repository. */
export async function tenureWithIdExists(db: DbClient, id: string): Promise<boolean> {
  return tenureIdExists(db, id);
}

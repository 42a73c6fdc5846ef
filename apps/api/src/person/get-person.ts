import type { DbClient } from "@housing/db/client";
import { todayIsoDate } from "@housing/schemas/dates";
import type { TPerson } from "@housing/schemas/person";
import type { Clock } from "../kernel/clock.ts";
import { found, notFound } from "../kernel/app-error.ts";
import { findPersonById, personExists } from "./person.repository.ts";
import { toPerson } from "./person-view.ts";

export async function getPerson(deps: { db: DbClient; clock: Clock }, id: string): Promise<TPerson> {
  const row = found("person", id, await findPersonById(deps.db, id));
  return toPerson(row, todayIsoDate(deps.clock.now()));
}

/** Whether a person has this id; other domains check a reference through this, not the repository. */
export function personWithIdExists(db: DbClient, id: string): Promise<boolean> {
  return personExists(db, id);
}

export async function personMustExist(deps: { db: DbClient }, id: string): Promise<void> {
  if (!(await personExists(deps.db, id))) throw notFound("person", id);
}

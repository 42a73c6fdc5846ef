import type { DbClient } from "@housing/db/client";
import type { TFindPersonsInput } from "@housing/schemas/person";
import { fromIsoDate } from "../kernel/calendar-date.ts";
import { findPersonsByDetails } from "./person.repository.ts";
import { toPersonSummary } from "./person-view.ts";

type FindPersonsQuery = Required<Pick<TFindPersonsInput, "page" | "pageSize">> &
  Pick<TFindPersonsInput, "firstName" | "lastName" | "dateOfBirth">;

/** The lookup by details other services use: exact on each detail given, ignoring case. */
export async function findPersons(deps: { db: DbClient }, query: FindPersonsQuery) {
  const page = Number(query.page);
  const pageSize = Number(query.pageSize);
  const { rows, total } = await findPersonsByDetails(
    deps.db,
    {
      ...(query.firstName ? { firstName: query.firstName } : {}),
      ...(query.lastName ? { lastName: query.lastName } : {}),
      ...(query.dateOfBirth ? { dateOfBirth: fromIsoDate(query.dateOfBirth) } : {}),
    },
    { skip: (page - 1) * pageSize, take: pageSize },
  );
  return { results: rows.map(toPersonSummary), total, page, pageSize };
}

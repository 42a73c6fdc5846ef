import type { AppRouter } from "@housing/api/app-router";
import type { inferRouterOutputs } from "@trpc/server";
import { trpc } from "../trpc.ts";
import { ActivityHistory, activityPageSize, useActivityPage } from "./activity-history.tsx";

/** The records that keep an activity history, and the query that reads each one's. */
const activityQueries = {
  person: trpc.person.activity,
  tenure: trpc.tenure.activity,
  asset: trpc.asset.activity,
};

export type TRecordKind = keyof typeof activityQueries;
/** An event as the API answers it (every record's activity has the same shape). */
type TRecordEvent = inferRouterOutputs<AppRouter>["person"]["activity"]["results"][number];

/** One page of a record's activity, as its page and any prefetch ask for it. */
export function recordActivityInput(id: string, page: number) {
  return { id, page, pageSize: activityPageSize };
}

type RecordActivityHistoryProps = {
  of: TRecordKind;
  id: string;
  /** The event in words, who first: "Hannah Holt changed first name from Amara to Amarachi". */
  describe: (event: TRecordEvent) => string;
  /** "No changes have been recorded for this person yet." */
  emptyText: string;
};

/** Who changed what about a person, tenure or property and when, newest first, ten to a page (?activityPage=2). */
export function RecordActivityHistory({ of, id, describe, emptyText }: RecordActivityHistoryProps) {
  const { page, hrefFor } = useActivityPage();
  // `of` never changes for a mounted history, so the same hook runs on every render.
  const activity = activityQueries[of].useQuery(recordActivityInput(id, page), {
    placeholderData: (previous) => previous,
  });
  return (
    <ActivityHistory activity={activity} page={page} hrefFor={hrefFor} describe={describe} emptyText={emptyText} />
  );
}

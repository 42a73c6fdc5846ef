import { ActivityHistory, activityPageSize, useActivityPage } from "../components/activity-history.tsx";
import { trpc } from "../trpc.ts";
import { describeActivity } from "./activity-description.ts";

/** One page of a person's activity, as the page and its prefetch ask for it. */
export function personActivityInput(personId: string, page: number) {
  return { id: personId, page, pageSize: activityPageSize };
}

/** Who changed what about the person and when, newest first, ten to a page (?activityPage=2). */
export function PersonActivityHistory({ personId }: { personId: string }) {
  const { page, hrefFor } = useActivityPage();
  const activity = trpc.person.activity.useQuery(personActivityInput(personId, page), {
    placeholderData: (previous) => previous,
  });
  return (
    <ActivityHistory
      activity={activity}
      page={page}
      hrefFor={hrefFor}
      describe={describeActivity}
      emptyText="No changes have been recorded for this person yet."
    />
  );
}

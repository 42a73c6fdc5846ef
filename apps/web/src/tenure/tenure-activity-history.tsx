import { ActivityHistory, activityPageSize, useActivityPage } from "../components/activity-history.tsx";
import { trpc } from "../trpc.ts";
import { describeTenureActivity } from "./tenure-activity.ts";

/** Who changed what about the tenure, its household and its alerts, and when: newest first, ten to a page. */
export function TenureActivityHistory({ tenureId }: { tenureId: string }) {
  const { page, hrefFor } = useActivityPage();
  const activity = trpc.tenure.activity.useQuery(
    { id: tenureId, page, pageSize: activityPageSize },
    { placeholderData: (previous) => previous },
  );
  return (
    <ActivityHistory
      activity={activity}
      page={page}
      hrefFor={hrefFor}
      describe={describeTenureActivity}
      emptyText="No changes have been recorded for this tenure yet."
    />
  );
}

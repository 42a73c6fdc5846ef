import { RecordActivityHistory } from "../components/record-activity-history.tsx";
import { describeActivity } from "./activity-description.ts";

/** Who changed what about the person and when, newest first, ten to a page (?activityPage=2). */
export function PersonActivityHistory({ personId }: { personId: string }) {
  return (
    <RecordActivityHistory
      of="person"
      id={personId}
      describe={describeActivity}
      emptyText="No changes have been recorded for this person yet."
    />
  );
}

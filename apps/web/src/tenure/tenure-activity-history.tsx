import { RecordActivityHistory } from "../components/record-activity-history.tsx";
import { describeTenureActivity } from "./tenure-activity.ts";

/** Who changed what about the tenure, its household and its alerts, and when: newest first, ten to a page. */
export function TenureActivityHistory({ tenureId }: { tenureId: string }) {
  return (
    <RecordActivityHistory
      of="tenure"
      id={tenureId}
      describe={describeTenureActivity}
      emptyText="No changes have been recorded for this tenure yet."
    />
  );
}

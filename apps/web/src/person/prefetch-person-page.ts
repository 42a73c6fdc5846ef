import { useCallback } from "react";
import { contactDetailsListInput } from "../contact-details/contact-details-queries.ts";
import { loadContactDetailsSection } from "../contact-details/contact-details-loader.tsx";
import { useUserServiceAreas } from "../contact-details/use-service-areas.ts";
import { trpc } from "../trpc.ts";
import { recordActivityInput } from "../components/record-activity-history.tsx";

/** What the person page shows besides the person: the address says which history and activity page. */
export type TPersonPageView = { showHistoricContactDetails: boolean; activityPage: number };

const firstView: TPersonPageView = { showHistoricContactDetails: false, activityPage: 1 };

/**
 * Starts every request the person page makes at once, in one batch: the person, their contact
 * details, preferred contact methods, cautionary alerts and activity, and the contact details' code. Equality data is
 * left out: every read of it is audited, so only the officer's own click reads it.
 */
export function usePrefetchPersonPage(): (personId: string, view?: TPersonPageView) => void {
  const utils = trpc.useUtils();
  const hasServiceAreas = useUserServiceAreas().length > 0;
  return useCallback(
    (personId, view = firstView) => {
      void utils.person.get.prefetch({ id: personId });
      void utils.contactDetails.list.prefetch(contactDetailsListInput(personId, view.showHistoricContactDetails));
      void utils.person.activity.prefetch(recordActivityInput(personId, view.activityPage));
      if (hasServiceAreas) void utils.contactDetails.preferredMethods.prefetch({ personId });
      void utils.cautionaryAlert.list.prefetch({ targetType: "person", targetId: personId });
      void loadContactDetailsSection();
    },
    [utils, hasServiceAreas],
  );
}

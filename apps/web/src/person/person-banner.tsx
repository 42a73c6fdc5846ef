import type { TPerson } from "@housing/schemas/person";
import { useLocation } from "react-router";
import { z } from "zod";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { fullName } from "./person-labels.ts";

const ZPersonPageState = z.object({ personBanner: z.enum(["created", "saved", "unchanged"]) });
type TPersonPageState = z.infer<typeof ZPersonPageState>;

/** The navigation state that makes the person page confirm what the officer just did. */
export function personPageState(personBanner: TPersonPageState["personBanner"]): TPersonPageState {
  return { personBanner };
}

/** Confirms an add or an edit on the person page the form went back to. */
export function PersonBanner({ person }: { person: TPerson }) {
  const state = ZPersonPageState.safeParse(useLocation().state);
  if (!state.success) return null;

  switch (state.data.personBanner) {
    case "created":
      return (
        <NotificationBanner type="success" titleId="person-banner-title" heading={`${fullName(person)} has been added`}>
          <p className="govuk-body">Their reference number is {person.personRef}.</p>
        </NotificationBanner>
      );
    case "saved":
      return (
        <NotificationBanner type="success" titleId="person-banner-title" heading="Your changes have been saved">
          <p className="govuk-body">The activity history below shows what changed.</p>
        </NotificationBanner>
      );
    case "unchanged":
      return (
        <NotificationBanner titleId="person-banner-title" heading="You did not change anything, so nothing was saved" />
      );
  }
}

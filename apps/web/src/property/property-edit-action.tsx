import type { TAsset } from "@housing/schemas/tenure";
import { Link, useLocation } from "react-router";
import { z } from "zod";
import { NotificationBanner } from "../components/notification-banner.tsx";
import { useCanEditProperties } from "./property-edit-roles.ts";

const ZPropertyPageState = z.object({ propertyBanner: z.enum(["saved", "unchanged"]) });
type TPropertyPageState = z.infer<typeof ZPropertyPageState>;

/** What the edit page hands the property page it goes back to. */
export function propertyPageState(propertyBanner: TPropertyPageState["propertyBanner"]): TPropertyPageState {
  return { propertyBanner };
}

/** On the property page, above its heading: the banner after an edit. */
export function PropertyEditBanner() {
  const state = ZPropertyPageState.safeParse(useLocation().state);
  if (!state.success) return null;
  const saved = state.data.propertyBanner === "saved";
  return (
    <NotificationBanner
      type={saved ? "success" : "important"}
      titleId="property-banner-title"
      heading={saved ? "The property's details have been saved" : "You did not change anything"}
    />
  );
}

/** On the property page: "Edit property", for those who may. */
export function PropertyEditAction({ asset }: { asset: TAsset }) {
  if (!useCanEditProperties()) return null;
  return (
    <Link className="govuk-button govuk-button--secondary" to={`/properties/${asset.id}/edit`}>
      Edit property
    </Link>
  );
}

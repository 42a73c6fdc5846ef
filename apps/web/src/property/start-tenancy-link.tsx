import type { TAsset } from "@housing/schemas/tenure";
import { Link } from "react-router";
import { housingRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { isGroupOfHomes } from "./property-labels.ts";

/** On a home nobody holds a tenure on today, housing staff start one from here. */
export function StartTenancyLink({ asset }: { asset: TAsset }) {
  const mayStart = useHasAnyRole(housingRoles);
  if (!mayStart || asset.currentTenure !== null || isGroupOfHomes(asset)) return null;
  return (
    <Link className="govuk-button govuk-!-margin-bottom-8" to={`/properties/${asset.id}/start-tenancy`}>
      Start a tenancy
    </Link>
  );
}

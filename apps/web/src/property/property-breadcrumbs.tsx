import type { TAsset } from "@housing/schemas/tenure";
import { Link } from "react-router";
import { propertyTitle } from "./property-labels.ts";

/** Where the property sits: its estate, then its block, then itself (not a link: it is this page). */
export function PropertyBreadcrumbs({ asset }: { asset: TAsset }) {
  if (asset.ancestors.length === 0) return null;
  return (
    <nav className="govuk-breadcrumbs govuk-!-margin-top-0 govuk-!-margin-bottom-6" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {asset.ancestors.map((ancestor) => (
          <li className="govuk-breadcrumbs__list-item" key={ancestor.id}>
            <Link className="govuk-breadcrumbs__link" to={`/properties/${ancestor.id}`}>
              {propertyTitle(ancestor)}
            </Link>
          </li>
        ))}
        <li className="govuk-breadcrumbs__list-item" aria-current="page">
          {propertyTitle(asset)}
        </li>
      </ol>
    </nav>
  );
}

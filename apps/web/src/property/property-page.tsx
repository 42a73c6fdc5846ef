import type { TAsset } from "@housing/schemas/tenure";
import type { ReactNode } from "react";
import { CautionaryAlertWarning } from "../cautionary-alert/cautionary-alert-warning.tsx";
import { CautionaryAlertsSection } from "../cautionary-alert/cautionary-alerts-section.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { PropertyBreadcrumbs } from "./property-breadcrumbs.tsx";
import { PropertyActivityHistory } from "./property-activity-history.tsx";
import { PropertyChildren } from "./property-children.tsx";
import { PropertyEditAction, PropertyEditBanner } from "./property-edit-action.tsx";
import { PropertyCurrentTenure } from "./property-current-tenure.tsx";
import { PropertyLoader } from "./property-loader.tsx";
import { StartTenancyLink } from "./start-tenancy-link.tsx";
import {
  assetTypeLabels,
  characteristicRows,
  isGroupOfHomes,
  managementTags,
  propertyTitle,
} from "./property-labels.ts";

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

const notRecorded = <span className="app-secondary-text">Not recorded</span>;

function PropertySummary({ asset }: { asset: TAsset }) {
  const tags = managementTags(asset.management);
  return (
    <dl className="govuk-summary-list govuk-!-margin-bottom-8">
      {asset.name === null || propertyTitle(asset) === asset.name ? null : (
        <SummaryRow label="Name">{asset.name}</SummaryRow>
      )}
      {propertyTitle(asset) === asset.fullAddress ? null : <SummaryRow label="Address">{asset.fullAddress}</SummaryRow>}
      <SummaryRow label="Asset type">{assetTypeLabels[asset.assetType]}</SummaryRow>
      <SummaryRow label="UPRN">{asset.uprn ?? notRecorded}</SummaryRow>
      <SummaryRow label="Property reference">{asset.assetId}</SummaryRow>
      <SummaryRow label="Postcode">{asset.assetAddress.postCode ?? notRecorded}</SummaryRow>
      {characteristicRows(asset.characteristics).map(({ label, value }) => (
        <SummaryRow key={label} label={label}>
          {value}
        </SummaryRow>
      ))}
      <SummaryRow label="Management">
        {tags.length === 0 ? (
          <span className="app-secondary-text">None</span>
        ) : (
          <ul className="app-tag-list">
            {tags.map((tag) => (
              <li key={tag.label}>
                <strong className={`govuk-tag govuk-tag--${tag.colour}`}>{tag.label}</strong>
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
    </dl>
  );
}

function PropertyDetails({ asset }: { asset: TAsset }) {
  const title = propertyTitle(asset);
  const target = { targetType: "asset", targetId: asset.id } as const;
  return (
    <>
      <PageTitle title={title} />
      <PropertyBreadcrumbs asset={asset} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PropertyEditBanner />
          <CautionaryAlertWarning target={target} />
          <span className="govuk-caption-l">{assetTypeLabels[asset.assetType]}</span>
          <h1 className="govuk-heading-l govuk-!-margin-bottom-4">{title}</h1>
          <PropertyEditAction asset={asset} />
          <PropertySummary asset={asset} />
          <CautionaryAlertsSection target={target} />
          {asset.currentTenure === null && isGroupOfHomes(asset) ? null : (
            <PropertyCurrentTenure tenure={asset.currentTenure} />
          )}
          <StartTenancyLink asset={asset} />
        </div>
      </div>
      {asset.childrenCount > 0 ? <PropertyChildren asset={asset} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PropertyActivityHistory assetId={asset.id} />
        </div>
      </div>
    </>
  );
}

/** /properties/:id — an estate, block or home: where it sits, what it is, who lives there, what it contains. */
export function PropertyPage() {
  return <PropertyLoader>{(asset) => <PropertyDetails asset={asset} />}</PropertyLoader>;
}

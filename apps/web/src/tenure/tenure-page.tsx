import type { TTenure } from "@housing/schemas/tenure";
import { Link } from "react-router";
import { CautionaryAlertWarning } from "../cautionary-alert/cautionary-alert-warning.tsx";
import { CautionaryAlertsSection } from "../cautionary-alert/cautionary-alerts-section.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { PageTitle } from "../layout/page-title.tsx";
import { TenureContactDetails } from "./tenure-contact-details.tsx";
import { TenureHousehold } from "./tenure-household.tsx";
import { TenureLoader } from "./tenure-loader.tsx";
import { TenureRentAccount } from "./tenure-rent-account.tsx";
import { SummaryRow } from "../components/summary-row.tsx";
import { housingRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { useState } from "react";
import { useRemoveHouseholdMember } from "./remove-household-member.tsx";
import { TenureActions } from "./tenure-actions.tsx";
import { TenureActivityHistory } from "./tenure-activity-history.tsx";
import { TenureBanner } from "./tenure-banner.tsx";

function TenureStatusTag({ isActive }: { isActive: boolean }) {
  return isActive ? (
    <strong className="govuk-tag govuk-tag--green">Active</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Ended</strong>
  );
}

function TenureSummary({ tenure }: { tenure: TTenure }) {
  const asset = tenure.tenuredAsset;
  return (
    <dl className="govuk-summary-list govuk-!-margin-bottom-8">
      <SummaryRow label="Tenure type">{tenure.tenureType.description}</SummaryRow>
      <SummaryRow label="Start date">{formatDate(tenure.startOfTenureDate)}</SummaryRow>
      <SummaryRow label="End date">
        {tenure.endOfTenureDate === null ? (
          <span className="app-secondary-text">None</span>
        ) : (
          formatDate(tenure.endOfTenureDate)
        )}
      </SummaryRow>
      {tenure.isTerminated ? (
        <SummaryRow label="Terminated">
          Yes
          {tenure.terminationReason === null ? null : (
            <span className="govuk-!-display-block">Reason: {tenure.terminationReason}</span>
          )}
        </SummaryRow>
      ) : null}
      <SummaryRow label="Payment reference">{tenure.paymentReference}</SummaryRow>
      <SummaryRow label="Property">
        <Link className="govuk-link" to={`/properties/${asset.id}`}>
          {asset.fullAddress}
        </Link>
        {asset.uprn === null ? null : (
          <span className="govuk-!-display-block app-secondary-text">UPRN {asset.uprn}</span>
        )}
      </SummaryRow>
    </dl>
  );
}

function TenureDetails({ tenure }: { tenure: TTenure }) {
  const title = `Tenure ${tenure.paymentReference}`;
  const target = { targetType: "tenure", targetId: tenure.id } as const;
  const mayChange = useHasAnyRole(housingRoles);
  const [done, setDone] = useState<string>();
  const removal = useRemoveHouseholdMember(tenure, setDone);
  return (
    <>
      <PageTitle title={title} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <TenureBanner message={done} />
          {removal.failed ? (
            <p className="govuk-error-message">Sorry, the person could not be removed. Try again.</p>
          ) : null}
          <CautionaryAlertWarning target={target} />
          <span className="govuk-caption-l">{tenure.tenuredAsset.fullAddress}</span>
          <h1 className="govuk-heading-l govuk-!-margin-bottom-2">{title}</h1>
          <p className="govuk-body govuk-!-margin-bottom-6">
            <TenureStatusTag isActive={tenure.isActive} />
          </p>
          <TenureSummary tenure={tenure} />
          {mayChange ? <TenureActions tenure={tenure} onDone={setDone} /> : null}
          <CautionaryAlertsSection target={target} />
          <TenureHousehold members={tenure.householdMembers} onRemove={mayChange ? removal.ask : undefined} />
          {removal.dialog}
          <TenureRentAccount rentAccount={tenure.rentAccount} />
          <TenureContactDetails tenureId={tenure.id} />
          <TenureActivityHistory tenureId={tenure.id} />
        </div>
      </div>
    </>
  );
}

/** /tenures/:id — a tenancy or lease: who holds it, where, since when, and its rent account. */
export function TenurePage() {
  return <TenureLoader>{(tenure) => <TenureDetails tenure={tenure} />}</TenureLoader>;
}

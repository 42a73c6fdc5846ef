import type { TAsset } from "@housing/schemas/tenure";
import { Link } from "react-router";
import { formatDate } from "../dates/display-dates.ts";
import { SummaryRow } from "../components/summary-row.tsx";
import { SummaryCard } from "../components/summary-card.tsx";

type TCurrentTenure = NonNullable<TAsset["currentTenure"]>;

function Residents({ residents }: { residents: TCurrentTenure["residents"] }) {
  if (residents.length === 0) return <span className="app-secondary-text">None recorded</span>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {residents.map((resident) => (
        <li key={resident.id}>
          <Link className="govuk-link" to={`/persons/${resident.id}`}>
            {resident.fullName}
          </Link>
          {resident.isResponsible ? (
            <span className="app-secondary-text">
              <span className="govuk-visually-hidden">,</span> named tenure holder
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Who lives here now, on what tenure; or that nobody holds a tenure on it today. */
export function PropertyCurrentTenure({ tenure }: { tenure: TAsset["currentTenure"] }) {
  if (tenure === null) {
    return (
      <section aria-labelledby="current-tenure-heading" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="current-tenure-heading">
          Current tenure
        </h2>
        <p className="govuk-body">No current tenure</p>
      </section>
    );
  }
  return (
    <SummaryCard
      as="section"
      titleId="current-tenure-heading"
      title="Current tenure"
      action={
        <Link className="govuk-link app-no-break" to={`/tenures/${tenure.id}`}>
          View tenure<span className="govuk-visually-hidden"> {tenure.paymentReference}</span>
        </Link>
      }
    >
      <SummaryRow label="Tenure type">{tenure.tenureType.description}</SummaryRow>
      <SummaryRow label="Payment reference">{tenure.paymentReference}</SummaryRow>
      <SummaryRow label="Start date">{formatDate(tenure.startOfTenureDate)}</SummaryRow>
      {tenure.endOfTenureDate === null ? null : (
        <SummaryRow label="End date">{formatDate(tenure.endOfTenureDate)}</SummaryRow>
      )}
      <SummaryRow label="Residents">
        <Residents residents={tenure.residents} />
      </SummaryRow>
    </SummaryCard>
  );
}

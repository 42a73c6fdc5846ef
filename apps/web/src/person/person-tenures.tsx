import type { TPersonTenure } from "@housing/schemas/person";
import { Link } from "react-router";
import { TableHead } from "../components/table-head.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { StackingTable } from "../components/stacking-table.tsx";

/** The person's tenures as the API sorts them: active first, then secure, then newest. */
export function PersonTenures({ tenures }: { tenures: readonly TPersonTenure[] }) {
  return (
    <section id="tenures" aria-labelledby="tenures-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="tenures-heading">
        Tenures
      </h2>
      {tenures.length === 0 ? (
        <p className="govuk-body">This person is not named on any tenure.</p>
      ) : (
        <StackingTable aria-labelledby="tenures-heading">
          <TableHead
            columns={[
              "Address",
              "Payment reference",
              "Tenure type",
              "Start date",
              "End date",
              "Status",
              { label: "Tenure record", isHidden: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {tenures.map((tenure) => (
              <tr className="govuk-table__row" key={tenure.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/properties/${tenure.assetId}`}>
                    {tenure.assetFullAddress}
                  </Link>
                </td>
                <td className="govuk-table__cell">{tenure.paymentReference}</td>
                <td className="govuk-table__cell">{tenure.type}</td>
                <td className="govuk-table__cell">{formatDate(tenure.startDate)}</td>
                <td className="govuk-table__cell">{tenure.endDate === null ? "None" : formatDate(tenure.endDate)}</td>
                <td className="govuk-table__cell">
                  {tenure.isActive ? (
                    <strong className="govuk-tag govuk-tag--green">Active</strong>
                  ) : (
                    <strong className="govuk-tag govuk-tag--grey">Ended</strong>
                  )}
                </td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link app-no-break" to={`/tenures/${tenure.id}`}>
                    View tenure<span className="govuk-visually-hidden"> at {tenure.assetFullAddress}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </StackingTable>
      )}
    </section>
  );
}

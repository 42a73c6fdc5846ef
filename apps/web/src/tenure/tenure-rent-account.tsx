import type { TTenure } from "@housing/schemas/tenure";
import { TableHead } from "../components/table-head.tsx";
import { Balance } from "../finance/balance.tsx";
import { formatMoney } from "../finance/money.ts";
import { weeklyChargeRows } from "./rent-account.ts";
import { SummaryRow } from "../components/summary-row.tsx";
import { StackingTable } from "../components/stacking-table.tsx";

/** The rent account's balance and what is charged each week, or that there is no account. */
export function TenureRentAccount({ rentAccount }: { rentAccount: TTenure["rentAccount"] }) {
  return (
    <section aria-labelledby="rent-account-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="rent-account-heading">
        Rent account
      </h2>
      {rentAccount === null ? (
        <p className="govuk-body">No rent account</p>
      ) : (
        <>
          <dl className="govuk-summary-list">
            <SummaryRow label="Account number">{rentAccount.rentAccountNumber}</SummaryRow>
            <SummaryRow label="Balance">
              <Balance balance={rentAccount.balance} />
            </SummaryRow>
            <SummaryRow label="Status">{rentAccount.status}</SummaryRow>
          </dl>
          <StackingTable>
            <caption className="govuk-table__caption govuk-table__caption--s">Weekly charges</caption>
            <TableHead columns={["Charge", { label: "Amount each week", isNumeric: true }]} />
            <tbody className="govuk-table__body">
              {weeklyChargeRows(rentAccount.weeklyCharges).map(({ label, amount, isTotal }) =>
                isTotal ? (
                  <tr className="govuk-table__row" key={label}>
                    <th scope="row" className="govuk-table__header">
                      {label}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      <strong>{formatMoney(amount)}</strong>
                    </td>
                  </tr>
                ) : (
                  <tr className="govuk-table__row" key={label}>
                    <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                      {label}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(amount)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </StackingTable>
        </>
      )}
    </section>
  );
}

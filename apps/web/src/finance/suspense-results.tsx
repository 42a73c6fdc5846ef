import type { TTransaction } from "@housing/schemas/finance";
import type { RefObject } from "react";
import { Link } from "react-router";
import { DownloadCsvButton } from "../components/download-csv-button.tsx";
import { Pagination } from "../components/pagination.tsx";
import { ResultsControls } from "../components/results-controls.tsx";
import { TableHead } from "../components/table-head.tsx";
import { formatDate } from "../dates/display-dates.ts";
import { itemsRangeText, pageCountOf } from "../search/search-paging.ts";
import { trpc } from "../trpc.ts";
import { formatMoney } from "./money.ts";
import { ResultsStatus } from "./results-status.tsx";
import { maskedBankDetails, paymentStatusOf, paymentStatusText } from "./payment-details.ts";
import {
  type TSuspenseListState,
  refineSuspenseList,
  suspensePageSizes,
  suspenseSearchInput,
  suspenseSortOptions,
  suspenseSortValueOf,
  suspenseExportPath,
  suspenseStatePath,
  withSuspenseSort,
} from "./suspense-params.ts";
import { StackingTable } from "../components/stacking-table.tsx";

export function paymentPath(id: string): string {
  return `/finance/suspense/${id}`;
}

function PaymentStatusTag({ payment }: { payment: TTransaction }) {
  const status = paymentStatusOf(payment);
  return status.kind === "proposed" ? (
    <>
      <strong className="govuk-tag govuk-tag--blue">Proposed</strong>
      <span className="govuk-!-display-block">by {status.proposal.proposedBy.name}, awaiting approval</span>
    </>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">{paymentStatusText(status)}</strong>
  );
}

const notGiven = <span className="app-secondary-text">Not given</span>;

/** The sender's name as the bank sent it. */
export function Sender({ payment }: { payment: Pick<TTransaction, "sender"> }) {
  return payment.sender.fullName ?? notGiven;
}

export function BankDetails({ payment }: { payment: Pick<TTransaction, "bankAccountNumber" | "sortCode"> }) {
  const details = maskedBankDetails(payment);
  if (details === null) return notGiven;
  return (
    <>
      <span aria-hidden="true" className="app-no-break">
        {details.shown}
      </span>
      <span className="govuk-visually-hidden">{details.spoken}</span>
    </>
  );
}

function PaymentsTable({ payments }: { payments: TTransaction[] }) {
  return (
    <StackingTable className="app-finance-table" aria-labelledby="suspense-results-heading">
      <TableHead
        columns={[
          "Date received",
          { label: "Amount", isNumeric: true },
          "Payment reference as received",
          "Sender",
          "Bank details",
          "Status",
        ]}
      />
      <tbody className="govuk-table__body">
        {payments.map((payment) => (
          <tr className="govuk-table__row" key={payment.id}>
            <td className="govuk-table__cell">{formatDate(payment.transactionDate)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{formatMoney(payment.transactionAmount)}</td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paymentPath(payment.id)}>
                {payment.paymentReference}
                <span className="govuk-visually-hidden">
                  , {formatMoney(payment.transactionAmount)} received {formatDate(payment.transactionDate)}
                </span>
              </Link>
            </td>
            <td className="govuk-table__cell app-no-break">
              <Sender payment={payment} />
            </td>
            <td className="govuk-table__cell">
              <BankDetails payment={payment} />
            </td>
            <td className="govuk-table__cell">
              <PaymentStatusTag payment={payment} />
            </td>
          </tr>
        ))}
      </tbody>
    </StackingTable>
  );
}

/** The page of unresolved payments the list shows; the previous page stays on screen while the next loads. */
export function useSuspensePayments(state: TSuspenseListState, enabled: boolean) {
  return trpc.finance.transactions.useQuery(suspenseSearchInput(state), {
    enabled,
    placeholderData: (previous) => previous,
  });
}

type SuspenseResultsProps = {
  state: TSuspenseListState;
  payments: ReturnType<typeof useSuspensePayments>;
  /** Focused after new filters or another page, so screen reader users start at the results. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (next: TSuspenseListState) => void;
};

/** The unresolved payments the filters find: count and total, sort and page size, the table and its pages. */
export function SuspenseResults({ state, payments, headingRef, onChange }: SuspenseResultsProps) {
  const data = payments.data;
  const pageCount = pageCountOf(data?.total ?? 0, state.pageSize);
  const status =
    data === undefined
      ? undefined
      : data.total === 0
        ? "No unresolved payments match these filters"
        : `${itemsRangeText(state.page, state.pageSize, data.total)}, totalling ${formatMoney(data.totals.transactionAmount)}`;

  let content = null;
  if (data !== undefined && data.total > 0 && data.results.transactions.length === 0) {
    // An old or shared link to a page past the end: offer the last page rather than nothing.
    content = (
      <p className="govuk-body">
        <Link className="govuk-link" to={suspenseStatePath({ ...state, page: pageCount })}>
          Go to page {pageCount}, the last
        </Link>
      </p>
    );
  } else if (data !== undefined && data.total > 0) {
    content = (
      <>
        <ResultsControls
          sortOptions={suspenseSortOptions}
          sortValue={suspenseSortValueOf(state)}
          onSort={(value) => onChange(withSuspenseSort(state, value))}
          pageSizes={suspensePageSizes}
          pageSize={state.pageSize}
          pageSizeLabel="Payments per page"
          onPageSize={(pageSize) => {
            const size = suspensePageSizes.find((candidate) => candidate === pageSize);
            if (size !== undefined) onChange(refineSuspenseList(state, { pageSize: size }));
          }}
        />
        <DownloadCsvButton href={suspenseExportPath(state)} label="Download these payments as CSV" />
        <PaymentsTable payments={data.results.transactions} />
        <Pagination
          page={state.page}
          pageCount={pageCount}
          hrefFor={(page) => suspenseStatePath({ ...state, page })}
          label="Suspense account pages"
        />
      </>
    );
  }

  return (
    <ResultsStatus
      heading="Unresolved payments"
      headingId="suspense-results-heading"
      headingRef={headingRef}
      status={status}
      isBusy={payments.isFetching}
      error={payments.isError && data === undefined ? () => void payments.refetch() : undefined}
    >
      {content}
    </ResultsStatus>
  );
}

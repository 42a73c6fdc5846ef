import type { TAccountSearchDocument } from "@housing/schemas/search";
import { Fragment, type RefObject } from "react";
import { Link } from "react-router";
import { DownloadCsvButton } from "../components/download-csv-button.tsx";
import { Pagination } from "../components/pagination.tsx";
import { Select } from "../components/select.tsx";
import { TableHead } from "../components/table-head.tsx";
import { itemsRangeText, pageCountOf } from "../search/search-paging.ts";
import { trpc } from "../trpc.ts";
import { lookUpTypeLabels } from "./account-lookup.ts";
import {
  type TAccountsState,
  accountSearchInput,
  accountSortChoices,
  accountSortValueOf,
  accountsExportPath,
  accountsPageSize,
  accountsStatePath,
  withAccountSort,
} from "./accounts-params.ts";
import { Balance } from "./balance.tsx";
import { ResultsStatus } from "./results-status.tsx";
import { StackingTable } from "../components/stacking-table.tsx";

function Tenants({ tenants }: { tenants: TAccountSearchDocument["tenants"] }) {
  if (tenants.length === 0) return <span className="app-secondary-text">None recorded</span>;
  return tenants.map((tenant, index) => (
    <Fragment key={tenant.id}>
      {index > 0 ? ", " : null}
      <Link className="govuk-link" to={`/persons/${tenant.id}`}>
        {tenant.fullName}
      </Link>
    </Fragment>
  ));
}

function AccountsTable({ accounts }: { accounts: TAccountSearchDocument[] }) {
  return (
    <StackingTable className="app-finance-table" aria-labelledby="accounts-results-heading">
      <TableHead columns={["Rent account", "Tenure", "Property", "Tenants", { label: "Balance", isNumeric: true }]} />
      <tbody className="govuk-table__body">
        {accounts.map((account) => (
          <tr className="govuk-table__row" key={account.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/tenures/${account.tenure.id}`}>
                {account.rentAccountNumber}
              </Link>
            </th>
            <td className="govuk-table__cell">
              {account.tenure.type}
              {account.tenure.isActive ? null : <span className="govuk-!-display-block app-secondary-text">Ended</span>}
            </td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/properties/${account.asset.id}`}>
                {account.address}
              </Link>
            </td>
            <td className="govuk-table__cell">
              <Tenants tenants={account.tenants} />
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              <Balance balance={account.balance} />
            </td>
          </tr>
        ))}
      </tbody>
    </StackingTable>
  );
}

type AccountResultsProps = {
  state: TAccountsState;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (next: TAccountsState) => void;
};

/** Rent accounts found by tenant name, address or reference, each with its tenure, property, tenants and balance. */
export function AccountResults({ state, headingRef, onChange }: AccountResultsProps) {
  const found = trpc.search.accounts.useQuery(accountSearchInput(state), { placeholderData: (previous) => previous });
  const data = found.data;
  const status =
    data === undefined
      ? undefined
      : data.total === 0
        ? `No rent accounts found by ${lookUpTypeLabels[state.lookUpType].toLowerCase()} for “${state.searchText}”`
        : itemsRangeText(state.page, accountsPageSize, data.total);
  const accounts = data?.results.accounts ?? [];
  // A resident's overall position: the sum of their accounts' balances, when every account found is on screen.
  const pageBalance = accounts.reduce((sum, account) => sum + account.balance, 0);

  return (
    <ResultsStatus
      heading={`Rent accounts for “${state.searchText}”`}
      headingId="accounts-results-heading"
      headingRef={headingRef}
      status={status}
      isBusy={found.isFetching}
      error={found.isError && data === undefined ? () => void found.refetch() : undefined}
    >
      {data === undefined || accounts.length === 0 ? null : (
        <>
          <Select
            id="sortBy"
            label="Sort by"
            options={accountSortChoices}
            value={accountSortValueOf(state)}
            onChange={(event) => onChange(withAccountSort(state, event.target.value))}
          />
          <DownloadCsvButton href={accountsExportPath(state)} label="Download these accounts as CSV" />
          <AccountsTable accounts={accounts} />
          <p className="govuk-body">
            {data.total <= accounts.length
              ? "Total balance of these accounts: "
              : "Total balance of the accounts on this page: "}
            <Balance balance={pageBalance} />
          </p>
          <Pagination
            page={state.page}
            pageCount={pageCountOf(data.total, accountsPageSize)}
            hrefFor={(page) => accountsStatePath({ ...state, page })}
            label="Rent account results pages"
          />
        </>
      )}
    </ResultsStatus>
  );
}

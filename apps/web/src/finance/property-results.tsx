import type { RefObject } from "react";
import { Pagination } from "../components/pagination.tsx";
import { itemsRangeText, pageCountOf } from "../search/search-paging.ts";
import { trpc } from "../trpc.ts";
import {
  type TAccountsState,
  accountsPageSize,
  accountsStatePath,
  propertyAccountSearchInput,
} from "./accounts-params.ts";
import { PropertyTotalsTable } from "./property-totals-table.tsx";
import { ResultsStatus } from "./results-status.tsx";

const headingId = "property-results-heading";
const noteId = "property-totals-note";

/** Properties (or estates only) found by text, with their balances and weekly charges rolled up. */
export function PropertyResults({
  state,
  headingRef,
}: {
  state: TAccountsState;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const found = trpc.search.propertyAccounts.useQuery(propertyAccountSearchInput(state), {
    placeholderData: (previous) => previous,
  });
  const data = found.data;
  const what = state.estatesOnly ? "estates" : "properties";
  const status =
    data === undefined
      ? undefined
      : data.total === 0
        ? `No ${what} found for “${state.searchText}”`
        : itemsRangeText(state.page, accountsPageSize, data.total);

  return (
    <ResultsStatus
      heading={`${state.estatesOnly ? "Estates" : "Properties"} for “${state.searchText}”`}
      headingId={headingId}
      headingRef={headingRef}
      status={status}
      isBusy={found.isFetching}
      error={found.isError && data === undefined ? () => void found.refetch() : undefined}
    >
      {data === undefined || data.results.assets.length === 0 ? null : (
        <>
          <p className="govuk-body" id={noteId}>
            Balances are the rent accounts of current tenures: an estate or block adds up everything in it. Charges are
            the weekly amounts in force today.
          </p>
          <PropertyTotalsTable
            key={JSON.stringify(state)}
            assets={data.results.assets}
            labelledBy={headingId}
            describedBy={noteId}
          />
          <Pagination
            page={state.page}
            pageCount={pageCountOf(data.total, accountsPageSize)}
            hrefFor={(page) => accountsStatePath({ ...state, page })}
            label="Property results pages"
          />
        </>
      )}
    </ResultsStatus>
  );
}

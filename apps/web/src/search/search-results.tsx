import { Fragment, type RefObject } from "react";
import { Link } from "react-router";
import { DownloadCsvButton } from "../components/download-csv-button.tsx";
import { Pagination } from "../components/pagination.tsx";
import { ResultsControls } from "../components/results-controls.tsx";
import { AssetResultCard } from "./asset-result-card.tsx";
import { PersonResultCard } from "./person-result-card.tsx";
import { searchExportPath } from "./search-export.ts";
import { sortOptionOf, sortOptions, withSortOption } from "./search-options.ts";
import { itemsRangeText, pageCountOf } from "./search-paging.ts";
import {
  type TSearchState,
  hasFilters,
  pageSizes,
  refineSearch,
  searchPathFor,
  searchStatePath,
  searchTypeLabels,
  searchTypes,
  withPage,
  withoutFilters,
} from "./search-params.ts";
import { TenureResultCard } from "./tenure-result-card.tsx";
import { type TSearchResults, type TSearchResultsView, useSearchResults } from "./use-search-results.ts";

type SearchResultsProps = {
  state: TSearchState;
  /** Focused after a new search or page, so screen reader users start at the results. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: (next: TSearchState) => void;
};

function statusText(view: TSearchResultsView, state: TSearchState): string {
  switch (view.status) {
    case "loading":
      return "Searching…";
    case "error":
      return "The search did not work.";
    case "success":
      if (view.isUpdating) return "Searching…";
      if (view.total === 0) return `No results for “${state.searchText}”`;
      return itemsRangeText(state.page, state.pageSize, view.total);
  }
}

function SearchControls({ state, onChange }: Omit<SearchResultsProps, "headingRef">) {
  return (
    <ResultsControls
      sortOptions={sortOptions[state.type]}
      sortValue={sortOptionOf(state).value}
      onSort={(value) => onChange(withSortOption(state, value))}
      pageSizes={pageSizes}
      pageSize={state.pageSize}
      pageSizeLabel="Results per page"
      onPageSize={(pageSize) => {
        const size = pageSizes.find((candidate) => candidate === pageSize);
        if (size !== undefined) onChange(refineSearch(state, { pageSize: size }));
      }}
    />
  );
}

function ResultList({ results }: { results: TSearchResults }) {
  return (
    <ol className="app-search-results" aria-labelledby="search-results-heading">
      {results.type === "person"
        ? results.documents.map((person) => <PersonResultCard key={person.id} person={person} />)
        : results.type === "asset"
          ? results.documents.map((asset) => <AssetResultCard key={asset.id} asset={asset} />)
          : results.documents.map((tenure) => <TenureResultCard key={tenure.id} tenure={tenure} />)}
    </ol>
  );
}

function NoResults({ state, onFiltersCleared }: { state: TSearchState; onFiltersCleared: () => void }) {
  const otherTypes = searchTypes.filter((type) => type !== state.type);
  return (
    <div className="app-search-empty">
      <p className="govuk-body">There are no {searchTypeLabels[state.type].toLowerCase()} records that match.</p>
      <p className="govuk-body">Improve your search by:</p>
      <ul className="govuk-list govuk-list--bullet">
        {hasFilters(state) ? (
          <li>
            <Link className="govuk-link" to={searchStatePath(withoutFilters(state))} onClick={onFiltersCleared}>
              removing the filters
            </Link>
          </li>
        ) : null}
        <li>checking the spelling</li>
        <li>using fewer words, for example only a surname</li>
        <li>searching for a postcode, payment reference, property reference or UPRN</li>
        <li>
          searching{" "}
          {otherTypes.map((type, index) => (
            <Fragment key={type}>
              {index > 0 ? " or " : null}
              <Link className="govuk-link" to={searchPathFor({ type, searchText: state.searchText })}>
                {searchTypeLabels[type].toLowerCase()} records
              </Link>
            </Fragment>
          ))}{" "}
          instead
        </li>
      </ul>
    </div>
  );
}

type ResultsContentProps = { view: TSearchResultsView; state: TSearchState; onFiltersCleared: () => void };

function ResultsContent({ view, state, onFiltersCleared }: ResultsContentProps) {
  switch (view.status) {
    case "loading":
      // The status line above says "Searching…".
      return null;
    case "error":
      return (
        <div className="app-search-error">
          <p className="govuk-body">
            Sorry, there is a problem with the search. Try again, and if it still does not work, try again later.
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={view.retry}>
            Try again
          </button>
        </div>
      );
    case "success": {
      if (view.total === 0) return <NoResults state={state} onFiltersCleared={onFiltersCleared} />;
      const pageCount = pageCountOf(view.total, state.pageSize);
      if (view.results.documents.length === 0) {
        // An old or shared link to a page past the end: offer the last page rather than nothing.
        return (
          <p className="govuk-body">
            {pageCount === 1 ? "There is only 1 page of results." : `There are only ${pageCount} pages of results.`}{" "}
            <Link className="govuk-link" to={searchStatePath(withPage(state, pageCount))}>
              Go to page {pageCount}
            </Link>
          </p>
        );
      }
      return (
        <>
          <ResultList results={view.results} />
          <Pagination
            page={state.page}
            pageCount={pageCount}
            hrefFor={(page) => searchStatePath(withPage(state, page))}
            label="Search results pages"
          />
        </>
      );
    }
  }
}

/** The results column: count, sort and page size, the cards and the pages; every state says what is happening. */
export function SearchResults({ state, headingRef, onChange }: SearchResultsProps) {
  const view = useSearchResults(state);
  const isBusy = view.status === "loading" || (view.status === "success" && view.isUpdating);
  const hasResults = view.status === "loading" || (view.status === "success" && view.total > 0);

  return (
    <section aria-labelledby="search-results-heading">
      <h2
        className="govuk-heading-m app-search-results-heading"
        id="search-results-heading"
        ref={headingRef}
        tabIndex={-1}
      >
        Results for “{state.searchText}”
      </h2>
      {/* Announced politely whenever the results change; outside the busy region so it is heard at once. */}
      <p className="govuk-body govuk-!-font-weight-bold app-search-status" role="status">
        {isBusy ? <span className="app-spinner" aria-hidden="true" /> : null}
        {statusText(view, state)}
      </p>
      {hasResults ? <SearchControls state={state} onChange={onChange} /> : null}
      {/* Every match, not only this page, with the same filters. */}
      {view.status === "success" && view.total > 0 ? <DownloadCsvButton href={searchExportPath(state)} /> : null}
      <div
        className={`app-search-results-body${view.status === "success" && view.isUpdating ? " app-search-results-body--updating" : ""}`}
        aria-busy={isBusy}
      >
        <ResultsContent view={view} state={state} onFiltersCleared={() => headingRef.current?.focus()} />
      </div>
    </section>
  );
}

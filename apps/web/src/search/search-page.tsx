import { useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useFocusWhenChanged } from "../components/use-focus-when-changed.ts";
import { SearchFilters } from "./search-filters.tsx";
import { SearchForm } from "./search-form.tsx";
import { type TSearchState, searchStateFromParams, searchStatePath, searchTextError } from "./search-params.ts";
import { SearchResults } from "./search-results.tsx";
import "./search.scss";

function pageTitleOf(state: TSearchState, isSearching: boolean): string {
  if (!isSearching) return "Search";
  return `Search results for “${state.searchText}”${state.page > 1 ? `, page ${state.page}` : ""}`;
}

/** The search page: the whole search lives in the address, so Back, reload and shared links reproduce it. */
export function SearchPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const state = searchStateFromParams(searchParams);
  const isSearching = state.searchText !== "" && searchTextError(state.searchText) === undefined;
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenChanged(JSON.stringify([state.type, state.searchText, state.page]), resultsHeadingRef);

  function show(next: TSearchState) {
    void navigate(searchStatePath(next));
  }

  return (
    <>
      <h1 className="govuk-heading-l">Search</h1>
      {/* keyed so that Back, Forward or a new search link reset the box to the address bar */}
      <SearchForm
        key={`${state.type}|${state.searchText}`}
        currentState={state}
        validateOnMount={state.searchText !== ""}
        pageTitle={pageTitleOf(state, isSearching)}
      />
      {isSearching ? (
        <div className="govuk-grid-row govuk-!-margin-top-8">
          <div className="govuk-grid-column-one-third">
            <SearchFilters state={state} onChange={show} />
          </div>
          <div className="govuk-grid-column-two-thirds">
            <SearchResults state={state} headingRef={resultsHeadingRef} onChange={show} />
          </div>
        </div>
      ) : null}
    </>
  );
}

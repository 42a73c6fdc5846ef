import { useSearchParams } from "react-router";
import { SearchForm } from "./search-form.tsx";
import { searchCriteriaFromParams, searchTypeLabels } from "./search-params.ts";

/** The search page; results arrive with the search issue, for now it shows what would be searched. */
export function SearchPage() {
  const [searchParams] = useSearchParams();
  const criteria = searchCriteriaFromParams(searchParams);

  return (
    <>
      <h1 className="govuk-heading-l">Search</h1>
      {/* keyed so that following a new search link resets the form to the address bar */}
      <SearchForm key={searchParams.toString()} initialCriteria={criteria} pageTitle="Search" />
      {criteria.searchText === "" ? null : (
        <div className="govuk-inset-text govuk-!-margin-top-6">
          Results for {searchTypeLabels[criteria.type].toLowerCase()} records matching “{criteria.searchText}” are not
          available yet.
        </div>
      )}
    </>
  );
}

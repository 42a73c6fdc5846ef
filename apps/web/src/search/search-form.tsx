import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { TextInput } from "../components/text-input.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import {
  type TSearchState,
  type TSearchType,
  nextSearch,
  searchStatePath,
  searchTextError,
  searchTypeLabels,
  searchTypes,
} from "./search-params.ts";

const searchTextId = "searchText";
const searchTypeId = "searchType";

function errorsFor(searchText: string): TErrorSummaryItem[] {
  const error = searchTextError(searchText);
  return error === undefined ? [] : [{ targetId: searchTextId, message: error }];
}

type SearchFormProps = {
  /** The search on screen: a new search of the same type keeps its sort, filters and page size. */
  currentState?: TSearchState | undefined;
  /** Check the text at once, for a link whose search text cannot be searched with. */
  validateOnMount?: boolean;
  /** The page's title, so the form can prefix it with "Error: " after a failed submit. */
  pageTitle: string;
};

/** One box and a Person / Property / Tenure choice; checks the text before any request is made. */
export function SearchForm({ currentState, validateOnMount = false, pageTitle }: SearchFormProps) {
  const navigate = useNavigate();
  const [type, setType] = useState<TSearchType>(currentState?.type ?? "person");
  const [searchText, setSearchText] = useState(currentState?.searchText ?? "");
  const [errors, setErrors] = useState<TErrorSummaryItem[]>(() => (validateOnMount ? errorsFor(searchText) : []));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = errorsFor(searchText);
    setErrors(found);
    if (found.length > 0) return;
    void navigate(searchStatePath(nextSearch(currentState, { type, searchText })));
  }

  return (
    <>
      <PageTitle title={pageTitle} hasErrors={errors.length > 0} />
      <ErrorSummary errors={errors} />
      <form className="app-search-form" role="search" aria-label="Housing records" onSubmit={handleSubmit} noValidate>
        <Radios
          id={searchTypeId}
          name="type"
          legend="What are you looking for?"
          inline
          small
          value={type}
          onChange={setType}
          options={searchTypes.map((value) => ({ value, label: searchTypeLabels[value] }))}
        />
        <TextInput
          id={searchTextId}
          name="searchText"
          label="Search"
          labelClassName="govuk-label--s"
          hint="For example a name, address, postcode, payment reference or UPRN"
          widthClassName="govuk-!-width-two-thirds"
          autoComplete="off"
          spellCheck={false}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          error={errors.find((item) => item.targetId === searchTextId)?.message}
        />
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Search
        </button>
      </form>
    </>
  );
}

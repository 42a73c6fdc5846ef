import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { TextInput } from "../components/text-input.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import {
  type TSearchCriteria,
  type TSearchType,
  searchPathFor,
  searchTextError,
  searchTypeLabels,
  searchTypes,
} from "./search-params.ts";

const searchTextId = "searchText";
const searchTypeId = "searchType";

type SearchFormProps = {
  initialCriteria?: TSearchCriteria;
  /** The page's title, so the form can prefix it with "Error: " after a failed submit. */
  pageTitle: string;
};

/** One box and a Person / Property / Tenure choice; checks the text before any request is made. */
export function SearchForm({ initialCriteria = { type: "person", searchText: "" }, pageTitle }: SearchFormProps) {
  const navigate = useNavigate();
  const [type, setType] = useState<TSearchType>(initialCriteria.type);
  const [searchText, setSearchText] = useState(initialCriteria.searchText);
  const [errors, setErrors] = useState<TErrorSummaryItem[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = searchTextError(searchText);
    if (error !== undefined) {
      setErrors([{ targetId: searchTextId, message: error }]);
      return;
    }
    setErrors([]);
    void navigate(searchPathFor({ type, searchText }));
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

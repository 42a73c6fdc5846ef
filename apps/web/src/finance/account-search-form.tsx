import { type FormEvent, useState } from "react";
import { ErrorSummary, type TErrorSummaryItem } from "../components/error-summary.tsx";
import { Radios } from "../components/radios.tsx";
import { SingleCheckbox } from "../components/single-checkbox.tsx";
import { TextInput } from "../components/text-input.tsx";
import { PageTitle } from "../layout/page-title.tsx";
import { searchTextError } from "../search/search-params.ts";
import { type TLookUpType, lookUpTypeHints } from "./account-lookup.ts";
import { type TAccountSearchMode, type TAccountsState, accountSearchModes } from "./accounts-params.ts";
import { LookUpTypeRadios } from "./look-up-type-radios.tsx";

const searchTextId = "searchText";

const modeLabels: Record<TAccountSearchMode, string> = {
  accounts: "Rent accounts",
  properties: "Properties and estates",
};

const propertiesHint = "An estate or block name, an address or a postcode";

type AccountSearchFormProps = {
  state: TAccountsState;
  /** Check the text at once, for a link whose search text cannot be searched with. */
  validateOnMount: boolean;
  pageTitle: string;
  onSearch: (next: TAccountsState) => void;
};

/** Accounts by tenant name, address or payment reference, or properties with their totals; text checked first. */
export function AccountSearchForm({ state, validateOnMount, pageTitle, onSearch }: AccountSearchFormProps) {
  const [mode, setMode] = useState(state.mode);
  const [lookUpType, setLookUpType] = useState<TLookUpType>(state.lookUpType);
  const [estatesOnly, setEstatesOnly] = useState(state.estatesOnly);
  const [searchText, setSearchText] = useState(state.searchText);
  const [errors, setErrors] = useState<TErrorSummaryItem[]>(() => {
    const error = validateOnMount ? searchTextError(state.searchText) : undefined;
    return error === undefined ? [] : [{ targetId: searchTextId, message: error }];
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = searchTextError(searchText);
    setErrors(error === undefined ? [] : [{ targetId: searchTextId, message: error }]);
    if (error !== undefined) return;
    // A new look-up keeps the sort; new text or another mode starts from page 1.
    onSearch({ ...state, mode, lookUpType, estatesOnly, searchText: searchText.trim(), page: 1 });
  }

  return (
    <>
      <PageTitle title={pageTitle} hasErrors={errors.length > 0} />
      <ErrorSummary errors={errors} />
      <form
        className="app-search-form"
        role="search"
        aria-label="Rent accounts and properties"
        onSubmit={handleSubmit}
        noValidate
      >
        <Radios
          id="mode"
          name="mode"
          legend="What are you looking for?"
          inline
          small
          options={accountSearchModes.map((value) => ({ value, label: modeLabels[value] }))}
          value={mode}
          onChange={setMode}
        />
        {mode === "accounts" ? (
          <LookUpTypeRadios value={lookUpType} onChange={setLookUpType} />
        ) : (
          <SingleCheckbox
            id="estatesOnly"
            name="estatesOnly"
            label="Estates only"
            hint="List estates with their totals, rather than every property that matches"
            checked={estatesOnly}
            onChange={setEstatesOnly}
          />
        )}
        <TextInput
          id={searchTextId}
          name="searchText"
          label="Search"
          labelClassName="govuk-label--s"
          hint={mode === "accounts" ? lookUpTypeHints[lookUpType] : propertiesHint}
          widthClassName="govuk-!-width-two-thirds"
          autoComplete="off"
          spellCheck={false}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          error={errors[0]?.message}
        />
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Search
        </button>
      </form>
    </>
  );
}

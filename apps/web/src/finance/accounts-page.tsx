import { useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useFocusWhenChanged } from "../components/use-focus-when-changed.ts";
import { searchTextError } from "../search/search-params.ts";
import { AccountResults } from "./account-results.tsx";
import { AccountSearchForm } from "./account-search-form.tsx";
import { type TAccountsState, accountsStateFromParams, accountsStatePath } from "./accounts-params.ts";
import { PropertyResults } from "./property-results.tsx";

function titleOf(state: TAccountsState, isSearching: boolean): string {
  if (!isSearching) return "Rent accounts";
  return `Rent accounts: “${state.searchText}”${state.page > 1 ? `, page ${state.page}` : ""}`;
}

/**
 * /finance/accounts — rent accounts by tenant name, address or payment reference, or properties
 * with their totals rolled up (estate → blocks → homes). Any member of staff: the API shows
 * balances and charges to all, never bank details.
 */
export function AccountsPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const state = accountsStateFromParams(searchParams);
  const isSearching = state.searchText !== "" && searchTextError(state.searchText) === undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify([state.mode, state.lookUpType, state.estatesOnly, state.searchText, state.page]);
  useFocusWhenChanged(key, headingRef);

  const show = (next: TAccountsState) => void navigate(accountsStatePath(next));

  return (
    <>
      <h1 className="govuk-heading-l">Rent accounts</h1>
      <p className="govuk-body">
        Find a rent account by tenant name, address or payment reference, or a property, block or estate with its
        balances and charges added up.
      </p>
      <AccountSearchForm
        // Keyed so that Back, Forward or a shared link reset the form to the address bar.
        key={key}
        state={state}
        validateOnMount={state.searchText !== ""}
        pageTitle={titleOf(state, isSearching)}
        onSearch={show}
      />
      {!isSearching ? null : state.mode === "accounts" ? (
        <AccountResults state={state} headingRef={headingRef} onChange={show} />
      ) : (
        <PropertyResults state={state} headingRef={headingRef} />
      )}
    </>
  );
}

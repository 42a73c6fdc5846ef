import { useRef } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { httpStatusOf } from "../api/retry-policy.ts";
import { financeRoles, useHasAnyRole } from "../auth/user-roles.ts";
import { useFocusWhenChanged } from "../components/use-focus-when-changed.ts";
import "../search/search.scss";
import { NoFinanceAccess } from "./no-finance-access.tsx";
import { SuspenseFilters } from "./suspense-filters.tsx";
import {
  hasSuspenseFilters,
  suspenseFilterErrors,
  suspenseStateFromParams,
  suspenseStatePath,
} from "./suspense-params.ts";
import { SuspenseResults, useSuspensePayments } from "./suspense-results.tsx";
import "./finance.scss";

function SuspenseAccount() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const state = suspenseStateFromParams(searchParams);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // New filters or another page move focus to the results; a new sort or page size leaves it where it was.
  useFocusWhenChanged(
    JSON.stringify([state.searchText, state.startDate, state.endDate, state.status, state.page]),
    headingRef,
  );
  // A hand-edited or old link may hold filters the API would refuse: show why, and ask for nothing.
  const filtersAreValid = suspenseFilterErrors(state).length === 0;
  const payments = useSuspensePayments(state, filtersAreValid);
  const title = `Suspense account${hasSuspenseFilters(state) ? ", filtered" : ""}${state.page > 1 ? `, page ${state.page}` : ""}`;

  // Roles can change after sign-in: the API's refusal counts, not only the roles the session started with.
  if (httpStatusOf(payments.error) === 403) return <NoFinanceAccess what="the suspense account" />;
  return (
    <>
      <h1 className="govuk-heading-l">Suspense account</h1>
      <p className="govuk-body-l">
        Payments that matched no rent account. Open a payment to find the account it belongs to and propose the match; a
        finance manager approves it.
      </p>
      <SuspenseFilters
        // Keyed so that Back, Forward or Clear filters reset the boxes to the address bar.
        key={JSON.stringify([state.searchText, state.startDate, state.endDate, state.status])}
        state={state}
        validateOnMount={!filtersAreValid}
        pageTitle={title}
        navigateTo={(path) => void navigate(path)}
      />
      {filtersAreValid ? (
        <SuspenseResults
          state={state}
          payments={payments}
          headingRef={headingRef}
          onChange={(next) => void navigate(suspenseStatePath(next))}
        />
      ) : null}
    </>
  );
}

/** /finance/suspense — unresolved payments, for finance staff; anyone else is told they have no access. */
export function SuspensePage() {
  const canSee = useHasAnyRole(financeRoles);
  return canSee ? <SuspenseAccount /> : <NoFinanceAccess what="the suspense account" />;
}

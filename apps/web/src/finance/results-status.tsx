import type { ReactNode, RefObject } from "react";
import "../search/search.scss";
import "./finance.scss";

type ResultsStatusProps = {
  heading: string;
  headingId: string;
  /** Focused after a new search or page, so screen reader users start at the results. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What was found, once something was; undefined while the first answer is awaited. */
  status: string | undefined;
  isBusy: boolean;
  /** Set when loading failed with nothing to show: offers a retry. */
  error: (() => void) | undefined;
  children: ReactNode;
};

/** A results section: its heading, a polite status line (loading, none found, how many) and the results. */
export function ResultsStatus({ heading, headingId, headingRef, status, isBusy, error, children }: ResultsStatusProps) {
  const line = error !== undefined ? "The search did not work." : isBusy || status === undefined ? "Loading…" : status;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m app-finance-results-heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {/* Announced politely whenever the results change. */}
      <p className="govuk-body govuk-!-font-weight-bold app-search-status" role="status">
        {isBusy ? <span className="app-spinner" aria-hidden="true" /> : null}
        {line}
      </p>
      {error === undefined ? null : (
        <p className="govuk-body">
          Sorry, there is a problem with the search.{" "}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={error}>
            Try again
          </button>
        </p>
      )}
      <div aria-busy={isBusy}>{children}</div>
    </section>
  );
}

import type { ReactNode } from "react";
import { Link } from "react-router";
import { PageTitle } from "../layout/page-title.tsx";

/** The add and edit pages' column: two thirds of the page, as GOV.UK forms are laid out. */
export function TwoThirdsColumn({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

type TPersonFormButtonsProps = {
  label: string;
  isBusy: boolean;
  /** Cancel goes to a page (a link), or closes a form opened on the page (a secondary button). */
  cancel: { to: string } | { onClick: () => void };
};

/** A person form's submit button, then Cancel. */
export function PersonFormButtons({ label, isBusy, cancel }: TPersonFormButtonsProps) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" disabled={isBusy}>
        {label}
      </button>
      {"to" in cancel ? (
        <Link className="govuk-link" to={cancel.to}>
          Cancel
        </Link>
      ) : (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel.onClick}>
          Cancel
        </button>
      )}
    </div>
  );
}

type TNotAllowedProps = {
  pageTitle: string;
  heading: string;
  /** Who may do it instead. */
  explanation: string;
  /** Where to go instead: a link. */
  children: ReactNode;
};

/** What officers who may not add or change person records see instead of the form. */
export function NotAllowedToChangePersons({ pageTitle, heading, explanation, children }: TNotAllowedProps) {
  return (
    <>
      <PageTitle title={pageTitle} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{explanation}</p>
      <p className="govuk-body">{children}</p>
    </>
  );
}

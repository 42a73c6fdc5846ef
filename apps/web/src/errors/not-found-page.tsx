import { Link } from "react-router";
import { PageTitle } from "../layout/page-title.tsx";

/** Unknown addresses, and records that do not exist ("a person with this id"), say so plainly. */
export function NotFoundPage({ what = "Page" }: { what?: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${what} not found`} />
        <h1 className="govuk-heading-l">{what} not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to the home page
          </Link>{" "}
          to search for a person, property or tenure.
        </p>
      </div>
    </div>
  );
}
